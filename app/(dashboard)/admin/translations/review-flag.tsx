"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import type { ActionResult } from "@/lib/actions/authed-action";

/**
 * The end of a review form: "Still needs review" with what to check, and the save button that
 * says which it will be, with the outcome beside it.
 */
export function ReviewFlag({
  id,
  needsReview,
  onNeedsReview,
  note,
  noteErrors,
  pending,
  result,
  onReload,
}: {
  id: string;
  needsReview: boolean;
  onNeedsReview: (value: boolean) => void;
  note: string;
  noteErrors: string[] | undefined;
  pending: boolean;
  result: ActionResult | null;
  onReload: () => void;
}) {
  const t = useTranslations("translations");
  const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";
  return (
    <>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={needsReview} onChange={(e) => onNeedsReview(e.currentTarget.checked)} />
        {t("needsReview")}
      </label>
      {needsReview ? (
        <div>
          <label htmlFor={`${id}-note`} className="text-sm">
            {t("note")}
          </label>
          <input id={`${id}-note`} name="note" defaultValue={note} maxLength={500} aria-invalid={Boolean(noteErrors)} aria-describedby={`${id}-note-error`} className={field} />
          <FieldError id={`${id}-note-error`} messages={noteErrors} />
        </div>
      ) : null}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-60">
          {needsReview ? t("saveFlagged") : t("save")}
        </button>
        <FormMessage result={result} onReload={onReload} />
      </div>
    </>
  );
}
