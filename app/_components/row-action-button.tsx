"use client";

import type { ActionResult } from "@/lib/actions/authed-action";
import { FormMessage } from "./form-message";
import { useAction } from "./use-action";

const TONES = {
  neutral: "border-slate-300 hover:bg-slate-50",
  danger: "border-red-300 text-red-800 hover:bg-red-50",
} as const;

/**
 * One action on one row of a list (revoke a token, retry a delivery): a small button named for
 * its row (the visible word is the same on every row), disabled while it runs; a refusal shows
 * beside it, success refreshes the page.
 */
export function RowActionButton({
  label,
  accessibleName,
  action,
  tone = "neutral",
}: {
  label: string;
  accessibleName: string;
  action: () => Promise<ActionResult>;
  tone?: keyof typeof TONES;
}) {
  const { pending, result, run } = useAction();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        aria-label={accessibleName}
        onClick={() => run(action)}
        className={`rounded-md border px-2 py-1 text-xs disabled:opacity-60 ${TONES[tone]}`}
      >
        {label}
      </button>
      {result && !result.ok ? <FormMessage result={result} /> : null}
    </span>
  );
}
