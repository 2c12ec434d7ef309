"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { disableSecondFactorAction } from "@/lib/actions/second-factor";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";
import { TotpCodeField } from "@/app/_components/totp-code-field";

/** Turning the second factor off takes a current code: an open session alone is not enough. */
export function DisableSecondFactorForm() {
  const t = useTranslations("secondFactor");
  const { pending, result, run, errors } = useAction();
  const [code, setCode] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => disableSecondFactorAction({ code }));
  };
  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-end gap-3" aria-label={t("disable")}>
      <TotpCodeField id="disable-code" value={code} onChange={setCode} errors={errors.code} />
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 disabled:opacity-60">
        {t("disable")}
      </button>
      <FormMessage result={result} />
    </form>
  );
}
