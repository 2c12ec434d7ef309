"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { verifySecondFactorAction } from "@/lib/actions/second-factor";
import type { ActionResult } from "@/lib/actions/authed-action";
import { FieldError } from "@/app/_components/field-error";

export function SecondFactorCodeForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ActionResult, FormData>(verifySecondFactorAction, { ok: true });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="code" className="block text-sm font-medium">
          {t("secondFactor.codeOrRecovery")}
        </label>
        <input
          id="code"
          name="code"
          autoComplete="one-time-code"
          autoFocus
          required
          aria-invalid={Boolean(state.fieldErrors?.code)}
          aria-describedby="code-error"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        <FieldError id="code-error" messages={state.fieldErrors?.code} />
      </div>
      <div aria-live="polite" data-testid="second-factor-message">
        {state.message ? (
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{state.text ?? state.message}</p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60">
        {t("secondFactor.verify")}
      </button>
    </form>
  );
}
