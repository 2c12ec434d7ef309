"use client";

import { useTranslations } from "next-intl";
import { FieldErrorText } from "./field-error-text";

/** Messages are catalog keys (zod schemas carry keys, not English). */
export function FieldError({ id, messages }: { id: string; messages?: readonly string[] }) {
  const t = useTranslations();
  return <FieldErrorText id={id} text={messages?.map((m) => (t.has(m) ? t(m) : m)).join(" ")} />;
}
