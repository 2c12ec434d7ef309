"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { reviewAgreementTextAction, reviewChallengeTextAction, reviewOrganizationTextAction } from "@/lib/actions/translations";
import { FieldError } from "@/app/_components/field-error";
import { useAction } from "@/app/_components/use-action";
import { ReviewFlag } from "../review-flag";
import type { ReviewedLocale } from "@/lib/validations/translations";

type Entry = { kind: "agreement" | "challenge" | "organization"; id: string; text: [string, string]; needsReview: boolean; note: string; updatedAt: string };

const FIELDS = { agreement: ["title", "summary"], challenge: ["name", "description"], organization: ["name", "shortName"] } as const;
const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/** One agreement's, challenge's or organization's text in one language: corrected, confirmed or left flagged. */
export function ContentTranslationForm({ locale, languageName, label, entry }: { locale: ReviewedLocale; languageName: string; label: string; entry: Entry }) {
  const t = useTranslations("translations");
  const { pending, result, run, reload, errors } = useAction();
  const [needsReview, setNeedsReview] = useState(entry.needsReview);
  const [lead, second] = FIELDS[entry.kind];
  const id = `ct-${entry.kind}-${entry.id}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const base = { id: entry.id, locale, needsReview, note: String(form.get("note") ?? ""), updatedAt: entry.updatedAt };
    const [first, other] = [String(form.get(lead) ?? ""), String(form.get(second) ?? "")];
    run(() =>
      entry.kind === "agreement"
        ? reviewAgreementTextAction({ ...base, title: first, summary: other })
        : entry.kind === "challenge"
          ? reviewChallengeTextAction({ ...base, name: first, description: other })
          : reviewOrganizationTextAction({ ...base, name: first, shortName: other }),
    );
  };
  return (
    <form onSubmit={submit} className="space-y-2" noValidate aria-label={label}>
      {[lead, second].map((key, index) => (
        <div key={key}>
          <label htmlFor={`${id}-${key}`} className="text-xs font-medium uppercase tracking-wide text-slate-600">
            {t(`content.${key}`, { language: languageName })}
          </label>
          <textarea
            id={`${id}-${key}`}
            name={key}
            lang={locale}
            rows={index === 0 ? 2 : entry.kind === "organization" ? 1 : 4}
            defaultValue={entry.text[index]}
            aria-invalid={Boolean(errors[key])}
            aria-describedby={`${id}-${key}-error`}
            className={field}
          />
          <FieldError id={`${id}-${key}-error`} messages={errors[key]} />
        </div>
      ))}
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
