import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/auth/session";
import { changedCatalogFiles, translationReview } from "@/lib/data/message-translations";
import { REVIEW_VIEWS, translationPageQuerySchema, type ReviewView } from "@/lib/validations/translations";
import { TranslationForm } from "./translation-form";
import { ReviewSections } from "./review-sections";
import { LanguageTabs, REVIEW_TAB, ReviewPager } from "./review-parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("translations"))("title") };
}

type Query = { locale: string; view: ReviewView; q: string; page: number };
const href = (query: Query, change: Partial<Query>) => {
  const next = { ...query, ...change };
  const params = new URLSearchParams({ locale: next.locale, view: next.view });
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  return `/admin/translations?${params}`;
};

/**
 * Admins: the interface's messages in one language beside the English, to correct in place,
 * confirm or flag for review; applied at once for everyone, audited, and exported as catalog files.
 */
export default async function TranslationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("user:manage");
  const raw = await searchParams;
  const query = translationPageQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [review, files, t, format] = await Promise.all([
    translationReview(query.locale, query.view, query.q, query.page),
    changedCatalogFiles(query.locale),
    getTranslations("translations"),
    getFormatter(),
  ]);
  return (
    <ClientMessages namespaces={["tracking.update.reload", "translations.textIn", "translations.needsReview", "translations.note", "translations.save", "translations.saveFlagged"]}>
      <div className="space-y-5">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <ReviewSections current="messages" locale={query.locale} />
          <p className="mt-3 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        </div>
        <LanguageTabs current={query.locale} hrefFor={(locale) => href(query, { locale, page: 1 })} />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <nav aria-label={t("show")} className="flex flex-wrap gap-2">
            {REVIEW_VIEWS.map((v) => (
              <Link key={v} href={href(query, { view: v, page: 1 })} aria-current={v === query.view ? "page" : undefined} className={REVIEW_TAB}>
                {t(`views.${v}`, { count: review.counts[v] })}
              </Link>
            ))}
          </nav>
          <form method="get" className="flex items-end gap-2" role="search">
            <input type="hidden" name="locale" value={query.locale} />
            <input type="hidden" name="view" value={query.view} />
            <label className="text-sm">
              {t("search")}
              <input name="q" type="search" defaultValue={query.q} maxLength={200} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
            </label>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
              {t("searchSubmit")}
            </button>
          </form>
        </div>
          {review.entries.length === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-600">{t("none")}</p>
          ) : (
            <ol className="space-y-3" data-testid="translation-entries">
              {review.entries.map((e) => (
                <li key={e.key} className="rounded-lg border border-slate-200 bg-white p-4" data-key={e.key} data-needs-review={e.needsReview}>
                  <div className="grid gap-4 md:grid-cols-2">
                    <div className="space-y-2 text-sm">
                      <p className="font-mono text-xs text-slate-600">{e.key}</p>
                      <div>
                        <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{t("english")}</p>
                        <p lang="en" className="whitespace-pre-wrap" data-testid="english">
                          {e.english}
                        </p>
                      </div>
                      {e.needsReview && e.note ? (
                        <p className="rounded-md bg-amber-50 px-2 py-1 text-amber-900" data-testid="review-note">
                          {t("reason", { note: e.note })}
                        </p>
                      ) : null}
                      {e.corrected ? (
                        <p className="text-slate-700" data-testid="catalog-text">
                          {t("catalogText", { text: e.catalogText })}
                        </p>
                      ) : null}
                      {e.updatedBy && e.updatedAt ? (
                        <p className="text-xs text-slate-600">{t("changedBy", { name: e.updatedBy, time: format.dateTime(e.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
                      ) : null}
                    </div>
                    <TranslationForm locale={query.locale} languageName={LOCALE_NAMES[query.locale]} entry={{ key: e.key, text: e.text, needsReview: e.needsReview, note: e.note, version: e.version }} />
                  </div>
                </li>
              ))}
            </ol>
          )}
        <ReviewPager
          page={review.page}
          pages={review.pages}
          label={t("pageOf", { page: review.page, pages: review.pages, total: review.total })}
          hrefFor={(page) => href(query, { page })}
        />
        <section aria-labelledby="catalog-files" className="space-y-2">
          <h2 id="catalog-files" className="text-lg font-semibold">
            {t("files")}
          </h2>
          {files.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noFiles")}</p>
          ) : (
            <>
              <p className="max-w-3xl text-sm text-slate-700">{t("filesIntro", { folder: `messages/${query.locale}/` })}</p>
              <ul className="flex flex-wrap gap-3 text-sm" data-testid="catalog-files">
                {files.map((f) => (
                  <li key={f}>
                    <a href={`/api/translations/${query.locale}/${f}.json`} download className="font-mono text-blue-800 underline">
                      {f}.json
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
