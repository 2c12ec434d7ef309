"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { saveTranslationAction } from "@/lib/actions/translations";
import { FieldError } from "@/app/_components/field-error";
import { useAction } from "@/app/_components/use-action";
import { ReviewFlag } from "./review-flag";
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
      <ReviewFlag
        id={id}
        needsReview={needsReview}
        onNeedsReview={setNeedsReview}
        note={entry.note}
        noteErrors={errors.note}
        pending={pending}
        result={result}
        onReload={reload}
      />
    </form>
  );
}
