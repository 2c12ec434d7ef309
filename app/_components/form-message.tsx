"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/authed-action";

/** Refusals that a fresh copy of the page resolves: the form offers to reload, keeping the input. */
const CURED_BY_RELOAD = new Set(["errors.stale", "validation.challengeArchived", "translations.stale", "translations.content.stale"]);

/**
 * The outcome of a server action in its own words (`text`, put by the server: see
 * lib/actions/outcome-text.ts), announced politely; a refusal that a reload cures offers one.
 */
export function FormMessage({
  result,
  onReload,
  testId,
}: {
  result: ActionResult | null;
  onReload?: () => void;
  testId?: string;
}) {
  const t = useTranslations();
  return (
    <div aria-live="polite" data-testid={testId} className="text-sm">
      {result?.message ? (
        <p className={result.ok ? "text-emerald-800" : "text-red-800"} data-ok={result.ok}>
          {result.text ?? result.message}
          {!result.ok && CURED_BY_RELOAD.has(result.message) && onReload ? (
            <button type="button" onClick={onReload} className="ml-2 underline">
              {t("tracking.update.reload")}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
