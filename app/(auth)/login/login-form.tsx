"use client";

import { useActionState } from "react";
import { login, type LoginState } from "@/lib/actions/auth";
import { FieldErrorText } from "@/app/_components/field-error-text";

export type LoginFormTexts = { email: string; password: string; submit: string; submitting: string };

/** The password form. Its labels come as props and its outcomes translated by the action: no catalog in the browser. */
export function LoginForm({ callbackUrl, texts }: { callbackUrl: string; texts: LoginFormTexts }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {texts.email}
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
        <FieldErrorText id="email-error" text={state.fieldErrors?.email} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {texts.password}
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
        <FieldErrorText id="password-error" text={state.fieldErrors?.password} />
      </div>
      <div aria-live="polite" data-testid="login-message">
        {state.error ? <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{state.error}</p> : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60"
      >
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
