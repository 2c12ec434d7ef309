"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "./field-error";

/** The six-digit code from the authenticator app, with its error next to it (set-up, turn off, new recovery codes). */
export function TotpCodeField({
  id,
  value,
  onChange,
  errors,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
}) {
  const t = useTranslations("secondFactor");
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {t("code")}
      </label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 w-40 rounded-md border border-slate-300 px-2 py-1.5"
        aria-invalid={Boolean(errors)}
        aria-describedby={`${id}-error`}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
