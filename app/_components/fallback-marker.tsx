import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Says when content is not in the reader's language ("No Kazakh text yet — shown in English") or
 * is a draft translation still awaiting review; says nothing otherwise. Server or client.
 */
export function FallbackMarker({
  shown,
  wanted,
  testId,
}: {
  shown: { shownIn: Locale; fallback: boolean; needsReview: boolean };
  wanted: Locale;
  testId?: string;
}) {
  const t = useTranslations("content");
  if (!shown.fallback && !shown.needsReview) return null;
  return (
    <p data-testid={testId} data-shown-in={shown.shownIn} className="mt-1 text-xs text-amber-800">
      {shown.fallback ? t("fallback", { wanted, shown: shown.shownIn }) : t("draft")}
    </p>
  );
}
