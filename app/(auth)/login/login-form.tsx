"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { login, type LoginState } from "@/lib/actions/auth";
import { FieldError } from "@/app/_components/field-error";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<LoginState, FormData>(login, { ok: true });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("auth.email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={Boolean(state.fieldErrors?.email)}
          aria-describedby="email-error"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        <FieldError id="email-error" messages={state.fieldErrors?.email} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t("auth.password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(state.fieldErrors?.password)}
          aria-describedby="password-error"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        <FieldError id="password-error" messages={state.fieldErrors?.password} />
      </div>
      <div aria-live="polite" data-testid="login-message">
        {state.message ? (
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {t(state.message, state.values ?? {})}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? t("auth.submitting") : t("auth.submit")}
      </button>
    </form>
  );
}
