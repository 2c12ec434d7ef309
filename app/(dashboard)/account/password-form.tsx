"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/actions/account";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

const field = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";
const EMPTY = { currentPassword: "", newPassword: "" };

export function PasswordForm() {
  const t = useTranslations("passwordChange");
  const { pending, result, run, errors } = useAction();
  const [values, setValues] = useState(EMPTY);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => changePasswordAction(values), () => setValues(EMPTY));
  };
  return (
    <form onSubmit={submit} noValidate className="mt-3 grid gap-3 md:grid-cols-2" aria-label={t("heading")}>
      {(["currentPassword", "newPassword"] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`password-${key}`} className="text-sm font-medium">
            {t(key)}
          </label>
          <input
            id={`password-${key}`}
            type="password"
            autoComplete={key === "newPassword" ? "new-password" : "current-password"}
            value={values[key]}
            onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
            className={field}
            aria-invalid={Boolean(errors[key])}
            aria-describedby={`password-${key}-error`}
          />
          <FieldError id={`password-${key}-error`} messages={errors[key]} />
        </div>
      ))}
      <div className="flex items-end gap-3 md:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {t("submit")}
        </button>
        <FormMessage result={result} testId="password-message" />
      </div>
    </form>
  );
}
