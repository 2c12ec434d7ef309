"use client";

import { useTranslations } from "next-intl";

/** Messages are catalog keys (zod schemas carry keys, not English). */
export function FieldError({ id, messages }: { id: string; messages?: readonly string[] }) {
  const t = useTranslations();
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700" data-field-error={id}>
      {messages?.length ? messages.map((m) => (t.has(m) ? t(m) : m)).join(" ") : null}
    </p>
  );
}
