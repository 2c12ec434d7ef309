"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { saveTranslationAction } from "@/lib/actions/translations";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";
import type { ReviewedLocale } from "@/lib/validations/translations";

type Entry = { key: string; text: string; needsReview: boolean; note: string; version: number };

/** One message in one language: its text, whether it still needs review and why, saved together. */
export function TranslationForm({ locale, languageName, entry }: { locale: ReviewedLocale; languageName: string; entry: Entry }) {
  const t = useTranslations("translations");
  const { pending, result, run, reload, errors } = useAction();
  const [needsReview, setNeedsReview] = useState(entry.needsReview);
  const id = `tr-${entry.key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    run(() =>
      saveTranslationAction({
        locale,
        key: entry.key,
        text: String(form.get("text") ?? ""),
        needsReview,
        note: String(form.get("note") ?? ""),
        version: entry.version,
      }),
    );
  };
  const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";
  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <div>
        <label htmlFor={`${id}-text`} className="text-xs font-medium uppercase tracking-wide text-slate-600">
          {t("textIn", { language: languageName })}
        </label>
        <textarea
          id={`${id}-text`}
          name="text"
          lang={locale}
          rows={Math.min(6, Math.max(2, Math.ceil(entry.text.length / 60)))}
          defaultValue={entry.text}
          aria-invalid={Boolean(errors.text)}
          aria-describedby={`${id}-text-error`}
          className={field}
        />
        <FieldError id={`${id}-text-error`} messages={errors.text} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={needsReview} onChange={(e) => setNeedsReview(e.currentTarget.checked)} />
        {t("needsReview")}
      </label>
      {needsReview ? (
        <div>
          <label htmlFor={`${id}-note`} className="text-sm">
            {t("note")}
          </label>
          <input id={`${id}-note`} name="note" defaultValue={entry.note} maxLength={500} aria-invalid={Boolean(errors.note)} aria-describedby={`${id}-note-error`} className={field} />
          <FieldError id={`${id}-note-error`} messages={errors.note} />
        </div>
      ) : null}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-60">
          {needsReview ? t("saveFlagged") : t("save")}
        </button>
        <FormMessage result={result} onReload={reload} />
      </div>
    </form>
  );
}
