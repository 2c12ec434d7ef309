"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/authed-action";

/** The outcome of a server action, announced politely; a stale save offers a reload. */
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
          {t.has(result.message) ? t(result.message, result.values ?? {}) : result.message}
          {!result.ok && result.message === "errors.stale" && onReload ? (
            <button type="button" onClick={onReload} className="ml-2 underline">
              {t("tracking.update.reload")}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
