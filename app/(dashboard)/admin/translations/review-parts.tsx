import Link from "next/link";
import { useTranslations } from "next-intl";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { REVIEWED_LOCALES, type ReviewedLocale } from "@/lib/validations/translations";

/** The look of the review's tabs (language, which entries): the current one filled. */
export const REVIEW_TAB =
  "rounded-md px-3 py-1.5 text-sm aria-[current=page]:bg-blue-800 aria-[current=page]:text-white hover:bg-slate-100 aria-[current=page]:hover:bg-blue-900";

/** The reviewed languages, each named in itself, the current one marked. */
export function LanguageTabs({ current, hrefFor }: { current: ReviewedLocale; hrefFor: (locale: ReviewedLocale) => string }) {
  const t = useTranslations("translations");
  return (
    <nav aria-label={t("language")} className="flex flex-wrap gap-2">
      {REVIEWED_LOCALES.map((l) => (
        <Link key={l} href={hrefFor(l)} aria-current={l === current ? "page" : undefined} className={REVIEW_TAB} lang={l}>
          {LOCALE_NAMES[l]}
        </Link>
      ))}
    </nav>
  );
}

/** Previous and next around "Page 2 of 7"; nothing when there is one page. */
export function ReviewPager({ page, pages, label, hrefFor }: { page: number; pages: number; label: string; hrefFor: (page: number) => string }) {
  const t = useTranslations("translations");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pages")} className="flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="text-blue-800 underline">
          {t("previous")}
        </Link>
      ) : null}
      <span>{label}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className="text-blue-800 underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
