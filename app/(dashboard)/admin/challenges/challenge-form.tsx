"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createChallengeAction, updateChallengeAction } from "@/lib/actions/admin";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/** Edits a challenge, or creates one when none is given. */
export function ChallengeForm({ challenge }: { challenge?: { id: string; name: string; description: string } }) {
  const t = useTranslations();
  const { pending, result, run, errors } = useAction();
  const [name, setName] = useState(challenge?.name ?? "");
  const [description, setDescription] = useState(challenge?.description ?? "");
  const p = challenge ? `challenge-${challenge.id}` : "challenge-new";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (challenge) run(() => updateChallengeAction({ challengeId: challenge.id, name, description }));
    else run(() => createChallengeAction({ name, description }), () => { setName(""); setDescription(""); });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-2" aria-label={challenge?.name ?? t("admin.challenges.create")}>
      <div>
        <label htmlFor={`${p}-name`} className="text-sm font-medium">{t("admin.challenges.name")}</label>
        <input id={`${p}-name`} value={name} onChange={(e) => setName(e.target.value)} className={field} aria-invalid={Boolean(errors.name)} aria-describedby={`${p}-name-error`} />
        <FieldError id={`${p}-name-error`} messages={errors.name} />
      </div>
      <div>
        <label htmlFor={`${p}-description`} className="text-sm font-medium">{t("admin.challenges.description")}</label>
        <textarea id={`${p}-description`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} className={field} aria-invalid={Boolean(errors.description)} aria-describedby={`${p}-description-error`} />
        <FieldError id={`${p}-description-error`} messages={errors.description} />
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {challenge ? t("admin.save") : t("admin.challenges.createButton")}
        </button>
        <FormMessage result={result} />
      </div>
    </form>
  );
}
