"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { setFocalPointAction } from "@/lib/actions/owners";
import { useAction } from "@/app/_components/use-action";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";

type Person = { id: string; name: string; organization: string };
export type FocalSideView = { side: "AZ" | "KZ"; sideLabel: string; current: { id: string; name: string } | null; candidates: Person[] };

/** A focal point per side; people who may track the agreement choose them, others see the names. */
export function FocalPoints({ agreementId, sides, canEdit }: { agreementId: string; sides: FocalSideView[]; canEdit: boolean }) {
  const t = useTranslations("owners");
  return (
    <div className="mt-3">
      <p className="text-xs text-slate-600">{t("focalPointsHelp")}</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {sides.map((s) =>
          canEdit ? (
            <FocalPointForm key={s.side} agreementId={agreementId} side={s} />
          ) : (
            <p key={s.side} className="text-sm" data-focal-side={s.side}>
              <span className="font-medium">{t("focalPoint", { side: s.sideLabel })}:</span> {s.current?.name ?? t("focalNone")}
            </p>
          ),
        )}
      </div>
    </div>
  );
}

function FocalPointForm({ agreementId, side }: { agreementId: string; side: FocalSideView }) {
  const t = useTranslations("owners");
  const { pending, result, run } = useAction();
  const [userId, setUserId] = useState(side.current?.id ?? "");
  const id = `focal-${side.side}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => setFocalPointAction({ agreementId, side: side.side, userId }));
  };
  return (
    <form onSubmit={submit} noValidate className="text-sm" data-focal-side={side.side}>
      <label htmlFor={id} className="font-medium">{t("focalPoint", { side: side.sideLabel })}</label>
      <div className="mt-1 flex gap-2">
        <select id={id} value={userId} onChange={(e) => setUserId(e.target.value)} aria-describedby={`${id}-error`} aria-invalid={Boolean(result?.fieldErrors?.userId)} className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          <option value="">{t("focalNone")}</option>
          {side.candidates.map((p) => (
            <option key={p.id} value={p.id}>{p.name} ({p.organization})</option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 disabled:opacity-60">{t("save")}</button>
      </div>
      <FieldError id={`${id}-error`} messages={result?.fieldErrors?.userId} />
      <FormMessage result={result} />
    </form>
  );
}
