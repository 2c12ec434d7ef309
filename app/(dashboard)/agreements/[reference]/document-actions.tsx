"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { restoreDocumentAction, withdrawDocumentAction } from "@/lib/actions/documents";
import { useAction } from "@/app/_components/use-action";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";

const button = "rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-50";

/** Withdraw with a reason (the agreement's trackers) or restore (admins); nothing is deleted. */
export function DocumentActions({ documentId, withdrawn, canWithdraw, canRestore }: { documentId: string; withdrawn: boolean; canWithdraw: boolean; canRestore: boolean }) {
  const t = useTranslations("documents");
  const { pending, result, run } = useAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const errors = result?.fieldErrors ?? {};
  const ids = `document-${documentId}`;

  const withdraw = (e: FormEvent) => {
    e.preventDefault();
    run(() => withdrawDocumentAction({ documentId, reason }), () => setOpen(false));
  };

  if (withdrawn) {
    return canRestore ? (
      <div className="mt-1">
        <button type="button" className={button} disabled={pending} onClick={() => run(() => restoreDocumentAction({ documentId }))}>{t("restore")}</button>
        <FormMessage result={result} />
      </div>
    ) : null;
  }
  if (!canWithdraw) return null;
  return (
    <div className="mt-1">
      {open ? (
        <form onSubmit={withdraw} noValidate className="space-y-1">
          <label htmlFor={`${ids}-reason`} className="block text-xs font-medium">{t("withdrawReason")}</label>
          <input
            id={`${ids}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className="block w-56 rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600"
            aria-invalid={Boolean(errors.reason)}
            aria-describedby={`${ids}-reason-error`}
          />
          <FieldError id={`${ids}-reason-error`} messages={errors.reason} />
          <div className="flex gap-1">
            <button type="submit" className={button} disabled={pending}>{t("withdrawConfirm")}</button>
            <button type="button" className={button} onClick={() => setOpen(false)}>{t("cancel")}</button>
          </div>
        </form>
      ) : (
        <button type="button" className={button} onClick={() => setOpen(true)}>{t("withdraw")}</button>
      )}
      <FormMessage result={result} />
    </div>
  );
}
