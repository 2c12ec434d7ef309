"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createChallengeAction, updateChallengeAction } from "@/lib/actions/admin";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { LanguageColumns } from "@/app/_components/language-columns";
import { useAction } from "@/app/_components/use-action";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

type Text = { name: string; description: string };
export type ChallengeFormValues = { id: string; name: string; language: Locale; texts: Record<Locale, Text> };

const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/** Edits a challenge's name and description in the four languages, or creates one when none is given. */
export function ChallengeForm({ challenge, blank }: { challenge?: ChallengeFormValues; blank: { language: Locale; texts: Record<Locale, Text> } }) {
  const t = useTranslations();
  const { pending, result, run, errors } = useAction();
  const [language, setLanguage] = useState<Locale>(challenge?.language ?? blank.language);
  const [texts, setTexts] = useState(challenge?.texts ?? blank.texts);
  const p = challenge ? `challenge-${challenge.id}` : "challenge-new";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { name, description } = texts[language];
    const others = Object.fromEntries(LOCALES.filter((l) => l !== language).map((l) => [l, texts[l]]));
    const input = { name, description, language, texts: others };
    if (challenge) run(() => updateChallengeAction({ challengeId: challenge.id, ...input }));
    else run(() => createChallengeAction(input), () => setTexts(blank.texts));
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-2" aria-label={challenge?.name ?? t("admin.challenges.create")}>
      <div className="max-w-xs">
        <label htmlFor={`${p}-language`} className="text-sm font-medium">{t("admin.challenges.language")}</label>
        <select id={`${p}-language`} value={language} onChange={(e) => setLanguage(LOCALES.find((l) => l === e.target.value) ?? language)} className={field}>
          {LOCALES.map((l) => <option key={l} value={l}>{LOCALE_NAMES[l]}</option>)}
        </select>
        <FieldError id={`${p}-language-error`} messages={errors.language} />
      </div>
      <LanguageColumns
        idPrefix={p}
        fields={[
          { key: "name", label: t("admin.challenges.name") },
          { key: "description", label: t("admin.challenges.description"), rows: 2 },
        ]}
        language={language}
        texts={texts}
        onChange={(locale, key, value) => setTexts((s) => ({ ...s, [locale]: { ...s[locale], [key]: value } }))}
        errors={errors}
      />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {challenge ? t("admin.save") : t("admin.challenges.createButton")}
        </button>
        <FormMessage result={result} />
      </div>
    </form>
  );
}
