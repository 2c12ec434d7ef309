import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/auth/session";
import { contentReview } from "@/lib/data/content-review";
import { CONTENT_VIEWS, contentPageQuerySchema, type ContentView } from "@/lib/validations/translations";
import { ContentTranslationForm } from "./content-form";
import { ReviewSections } from "../review-sections";
import { LanguageTabs, REVIEW_TAB, ReviewPager } from "../review-parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("translations"))("title") };
}

type Query = { locale: string; view: ContentView; page: number };
const href = (query: Query, change: Partial<Query>) => {
  const next = { ...query, ...change };
  const params = new URLSearchParams({ locale: next.locale, view: next.view });
  if (next.page > 1) params.set("page", String(next.page));
  return `/admin/translations/content?${params}`;
};

/**
 * Admins: the content's translations in one language (agreements' titles and summaries, challenges'
 * names and descriptions, organizations' names) beside the original, to correct in place or confirm; audited, applied at once.
 */
export default async function ContentTranslationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("agreement:manage");
  const raw = await searchParams;
  const query = contentPageQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [review, t] = await Promise.all([contentReview(query.locale, query.view, query.page), getTranslations("translations")]);
  const languageName = LOCALE_NAMES[query.locale];
  return (
    <ClientMessages namespaces={["tracking.update.reload", "translations.needsReview", "translations.note", "translations.save", "translations.saveFlagged", "translations.content"]}>
      <div className="space-y-5">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <ReviewSections current="content" locale={query.locale} />
          <p className="mt-3 max-w-3xl text-sm text-slate-700">{t("content.intro")}</p>
        </div>
        <LanguageTabs current={query.locale} hrefFor={(locale) => href(query, { locale, page: 1 })} />
        <nav aria-label={t("show")} className="flex flex-wrap gap-2">
          {CONTENT_VIEWS.map((v) => (
            <Link key={v} href={href(query, { view: v, page: 1 })} aria-current={v === query.view ? "page" : undefined} className={REVIEW_TAB}>
              {t(`content.views.${v}`, { count: review.counts[v] })}
            </Link>
          ))}
        </nav>
          {review.entries.length === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-600">{t("content.none")}</p>
          ) : (
            <ol className="space-y-3" data-testid="content-entries">
              {review.entries.map((e) => {
                const label =
                  e.kind === "agreement"
                    ? t("content.agreement", { reference: e.label })
                    : e.kind === "challenge"
                      ? t("content.challenge", { name: e.label })
                      : t("content.organization", { name: e.label });
                return (
                  <li key={`${e.kind}:${e.id}`} className="rounded-lg border border-slate-200 bg-white p-4" data-entry={`${e.kind}:${e.id}`} data-needs-review={e.needsReview}>
                    <div className="grid gap-4 md:grid-cols-2">
                      <div className="space-y-2 text-sm">
                        <p className="font-medium">{label}</p>
                        <div>
                          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{t("content.original", { language: LOCALE_NAMES[e.originalLanguage] })}</p>
                          <p lang={e.originalLanguage} className="font-medium" data-testid="original-lead">
                            {e.original[0]}
                          </p>
                          <p lang={e.originalLanguage} className="mt-1 whitespace-pre-wrap text-slate-700">
                            {e.original[1]}
                          </p>
                        </div>
                        {e.needsReview && e.note ? (
                          <p className="rounded-md bg-amber-50 px-2 py-1 text-amber-900" data-testid="review-note">
                            {t("reason", { note: e.note })}
                          </p>
                        ) : null}
                      </div>
                      <ContentTranslationForm locale={query.locale} languageName={languageName} label={label} entry={e} />
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
        <ReviewPager
          page={review.page}
          pages={review.pages}
          label={t("content.pageOf", { page: review.page, pages: review.pages })}
          hrefFor={(page) => href(query, { page })}
        />
      </div>
    </ClientMessages>
  );
}
