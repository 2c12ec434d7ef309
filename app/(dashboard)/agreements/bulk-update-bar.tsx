"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { bulkUpdateAction } from "@/lib/actions/table";
import type { BulkOutcome } from "@/lib/data/bulk";
import { AGREEMENT_STATUSES } from "@/lib/domain/vocabulary";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";
import { useSelection } from "@/app/_components/table-selection";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Set a status and/or add a note to every selected agreement; refusals are listed with reasons. */
export function BulkUpdateBar({ rows }: { rows: { id: string; reference: string }[] }) {
  const t = useTranslations();
  const { ids: selectedIds, clear } = useSelection();
  const { pending, result, run, errors } = useAction();
  const [status, setStatus] = useState("");
  const [note, setNote] = useState("");
  const outcome = result?.data as BulkOutcome | undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => bulkUpdateAction({ agreementIds: selectedIds, status, note }), () => { setStatus(""); setNote(""); clear(); });
  };
  if (selectedIds.length === 0 && !result) return null;
  return (
    <section aria-labelledby="bulk-heading" className="no-print rounded-lg border border-blue-200 bg-blue-50 p-3" data-testid="bulk-bar">
      <h2 id="bulk-heading" className="text-sm font-semibold">{t("bulk.title", { count: selectedIds.length })}</h2>
      {selectedIds.length > 0 ? (
        <form onSubmit={submit} noValidate className="mt-2 grid items-start gap-3 md:grid-cols-[14rem_1fr_auto]">
          <div>
            <label htmlFor="bulk-status" className="text-sm">{t("bulk.status")}</label>
            <select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value)} className={field} aria-describedby="bulk-status-error">
              <option value="">{t("bulk.keepStatus")}</option>
              {AGREEMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            </select>
            <FieldError id="bulk-status-error" messages={errors.status} />
          </div>
          <div>
            <label htmlFor="bulk-note" className="text-sm">{t("bulk.note")}</label>
            <textarea id="bulk-note" rows={1} value={note} onChange={(e) => setNote(e.target.value)} className={field} aria-describedby="bulk-note-error" />
            <FieldError id="bulk-note-error" messages={errors.note} />
          </div>
          <button type="submit" disabled={pending} className="mt-6 rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
            {t("bulk.apply", { count: selectedIds.length })}
          </button>
        </form>
      ) : null}
      <div data-testid="bulk-result">
        <FormMessage result={result} />
        {outcome && outcome.refused.length > 0 ? (
          <ul className="mt-1 list-inside list-disc text-sm text-red-900" aria-label={t("bulk.refusedTitle")}>
            {outcome.refused.map((r) => (
              <li key={r.reference} data-refused={r.reference}>
                {/* client-messages: bulk.reason */}
                {rows.find((row) => row.id === r.reference)?.reference ?? r.reference}: {t.has(r.reason) ? t(r.reason) : r.reason}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
