"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { confirmSecondFactorAction } from "@/lib/actions/second-factor";
import type { ActionResult } from "@/lib/actions/authed-action";
import { FormMessage } from "./form-message";
import { RecoveryCodes } from "./recovery-codes";
import { TotpCodeField } from "./totp-code-field";

/**
 * Set-up of the authenticator app: scan (or type the key), confirm with a first code, then the
 * recovery codes, shown this once. No refresh on success: the page behind it would no longer offer
 * the set-up, and the codes would vanish before they are written down.
 */
export function SecondFactorSetup({ qrDataUrl, secret, doneHref }: { qrDataUrl: string; secret: string; doneHref: string }) {
  const t = useTranslations("secondFactor");
  const [pending, startTransition] = useTransition();
  const [code, setCode] = useState("");
  const [result, setResult] = useState<ActionResult<{ recoveryCodes: string[] }> | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    startTransition(async () => setResult(await confirmSecondFactorAction({ code })));
  };
  const recoveryCodes = result?.ok ? result.data?.recoveryCodes : undefined;
  if (recoveryCodes) {
    return (
      <div className="space-y-3 text-sm">
        <p className="font-medium text-emerald-800">{t("enabled")}</p>
        <RecoveryCodes codes={recoveryCodes} />
        <a href={doneHref} className="inline-block rounded-md bg-blue-800 px-4 py-2 font-medium text-white">
          {t("continue")}
        </a>
      </div>
    );
  }
  return (
    <div className="space-y-3 text-sm">
      <ol className="list-decimal space-y-1 pl-5">
        <li>{t("stepScan")}</li>
        <li>{t("stepConfirm")}</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server */}
      <img src={qrDataUrl} alt={t("qrAlt")} width={200} height={200} className="rounded border border-slate-200" />
      <p>
        {t("manualKey")} <code data-testid="totp-secret" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono break-all">{secret}</code>
      </p>
      <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("setupHeading")}>
        <TotpCodeField id="setup-code" value={code} onChange={setCode} errors={result?.fieldErrors?.code} />
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white disabled:opacity-60">
          {t("confirm")}
        </button>
      </form>
      {result && !result.ok && !result.fieldErrors ? <FormMessage result={result} /> : null}
    </div>
  );
}
