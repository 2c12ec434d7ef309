"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { regenerateRecoveryCodesAction } from "@/lib/actions/second-factor";
import type { ActionResult } from "@/lib/actions/authed-action";
import { FormMessage } from "@/app/_components/form-message";
import { RecoveryCodes } from "@/app/_components/recovery-codes";
import { TotpCodeField } from "@/app/_components/totp-code-field";

/** New recovery codes for old ones, proved with a current code from the app; shown once. */
export function RegenerateRecoveryCodesForm() {
  const t = useTranslations("secondFactor");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [code, setCode] = useState("");
  const [result, setResult] = useState<ActionResult<{ recoveryCodes: string[] }> | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const outcome = await regenerateRecoveryCodesAction({ code });
      setResult(outcome);
      if (outcome.ok) {
        setCode("");
        router.refresh();
      }
    });
  };
  const codes = result?.ok ? result.data?.recoveryCodes : undefined;
  return (
    <div className="mt-4 space-y-3 border-t border-slate-100 pt-3">
      <h3 className="font-medium">{t("regenerateHeading")}</h3>
      {codes ? (
        <div className="space-y-3" role="status">
          <p className="font-medium text-emerald-800">{t("recoveryRegenerated")}</p>
          <RecoveryCodes codes={codes} />
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("regenerateHeading")}>
          <p className="w-full text-slate-600">{t("regenerateIntro")}</p>
          <TotpCodeField id="regenerate-code" value={code} onChange={setCode} errors={result?.fieldErrors?.code} />
          <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 disabled:opacity-60">
            {t("regenerate")}
          </button>
          {result && !result.ok && !result.fieldErrors ? <FormMessage result={result} /> : null}
        </form>
      )}
    </div>
  );
}
