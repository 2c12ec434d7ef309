"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { AGREEMENT_STATUSES, AREAS, SEVERITIES, SIDES } from "@/lib/domain/vocabulary";
import type { AgreementQuery } from "@/lib/url-state/agreement-query";
import { useUrlParams } from "@/app/_components/use-url-params";
import { quarterRange } from "@/lib/domain/quarters";

export type FilterOptions = {
  organizations: { id: string; name: string; country: string }[];
  /** Archived ones are offered only when the view already asks for one (a saved view, a link). */
  challenges: { id: string; name: string; archived: boolean }[];
  visits: { id: string; title: string }[];
};

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

type DayKey = "targetFrom" | "targetTo" | "dueFrom" | "dueTo";

/**
 * A "from / to" pair of days. A "to" before the "from" matches nothing; it is said next to the
 * field, so an empty table is never a puzzle.
 */
function DateRangeFilter({
  from,
  to,
  local,
  update,
  quarters = false,
}: {
  from: DayKey;
  to: DayKey;
  local: AgreementQuery;
  update: (changes: Record<string, string | null>) => void;
  /** Offer "this quarter" and "next quarter" as one click each. */
  quarters?: boolean;
}) {
  const t = useTranslations("filters");
  const inverted = Boolean(local[from] && local[to] && local[to] < local[from]);
  const errorId = `filter-${to}-error`;
  return (
    <div className="grid grid-cols-2 gap-2">
      {[from, to].map((key) => (
        <div key={key}>
          <label htmlFor={`filter-${key}`} className="block text-sm font-medium">
            {t(key)}
          </label>
          <input
            id={`filter-${key}`}
            type="date"
            value={local[key] ?? ""}
            onChange={(e) => update({ [key]: e.target.value || null })}
            className={control}
            aria-invalid={key === to && inverted ? true : undefined}
            aria-describedby={key === to && inverted ? errorId : undefined}
          />
        </div>
      ))}
      <p id={errorId} className="col-span-2 text-sm text-red-700 empty:hidden" aria-live="polite">
        {inverted ? t("rangeInverted") : null}
      </p>
      {quarters ? (
        <div className="col-span-2 flex flex-wrap gap-2 text-sm">
          {(["thisQuarter", "nextQuarter"] as const).map((label, offset) => (
            <button
              key={label}
              type="button"
              className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50"
              onClick={() => {
                // The clock is read on the click, never during render (server and browser agree).
                const range = quarterRange(new Date(), offset);
                update({ [from]: range.from, [to]: range.to });
              }}
            >
              {t(label)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Filters behind "More filters": the panel opens by itself when the view uses one of them. */
const MORE_FILTERS = ["side", "targetFrom", "targetTo", "challenge", "minSeverity", "dueFrom", "dueTo", "dueSoon", "stale", "archived"] as const;

export const moreFiltersActive = (query: AgreementQuery) => MORE_FILTERS.filter((key) => Boolean(query[key])).length;

/**
 * Every filter of the table; each change navigates, so the URL always holds the whole view. The
 * filters people use most are always shown; the rest fold behind "More filters", so the rows start
 * within the first screen.
 */
export function AgreementFilters({ query, options, keep }: { query: AgreementQuery; options: FilterOptions; keep: readonly [string, string][] }) {
  const t = useTranslations();
  const { update: navigate, pending } = useUrlParams();
  // Controls show the change at once; the URL (and so the server's rows) follows.
  const [local, setLocal] = useState(query);
  const activeMore = moreFiltersActive(query);
  const [moreOpen, setMoreOpen] = useState(activeMore > 0);
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    setLocal(query);
    if (moreFiltersActive(query) > 0) setMoreOpen(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryKey]);

  const update = (changes: Record<string, string | null>) => {
    setLocal((current) => ({ ...current, ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, k === "area" || k === "status" ? (v ? v.split(",") : []) : (v ?? undefined)])) }));
    navigate(changes);
  };
  const toggle = (key: "area" | "status", value: string) => {
    const current = new Set<string>(local[key]);
    if (current.has(value)) current.delete(value);
    else current.add(value);
    update({ [key]: [...current].join(",") || null });
  };
  const submitSearch = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = new FormData(e.currentTarget).get("q");
    update({ q: (typeof q === "string" ? q.trim() : "") || null });
  };
  const checkbox = (key: "overdue" | "dueSoon" | "stale" | "mine", label: string, help?: string) => (
    <label className="flex items-center gap-2 text-sm" title={help}>
      <input type="checkbox" checked={Boolean(local[key])} onChange={(e) => update({ [key]: e.target.checked ? "1" : null })} />
      {label}
    </label>
  );

  return (
    <section aria-labelledby="filters-heading" className="no-print rounded-lg border border-slate-200 bg-white p-3" aria-busy={pending}>
      <h2 id="filters-heading" className="sr-only">{t("filters.title")}</h2>
      {/* A plain GET form underneath: text typed before the page's script runs is kept (the field
          is uncontrolled, so hydration leaves it be), and Enter then searches with the view's
          other filters (`keep`) as a browser without script would. */}
      <form role="search" method="get" onSubmit={submitSearch} className="flex gap-2">
        {keep.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="filter-q" className="sr-only">{t("filters.search")}</label>
        <input key={query.q} id="filter-q" name="q" type="search" defaultValue={query.q} placeholder={t("filters.searchPlaceholder")} className="w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm" maxLength={200} />
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 text-sm font-medium text-white">{t("filters.searchButton")}</button>
      </form>
      {local.q ? (
        <label className="mt-2 flex items-center gap-2 text-sm" title={t("filters.relevanceHelp")}>
          <input type="checkbox" checked={local.rank === "relevance"} onChange={(e) => update({ rank: e.target.checked ? "relevance" : null })} />
          {t("filters.relevance")}
        </label>
      ) : null}

      <div className="mt-3 flex flex-wrap gap-x-8 gap-y-2">
        {(
          [
            ["area", AREAS, "filters.area", (a: string) => t(`area.${a as (typeof AREAS)[number]}`)],
            ["status", AGREEMENT_STATUSES, "filters.status", (s: string) => t(`status.${s as (typeof AGREEMENT_STATUSES)[number]}`)],
          ] as const
        ).map(([key, values, legend, label]) => (
          <fieldset key={key}>
            {/* client-messages: filters.area filters.status */}
            <legend className="text-sm font-medium">{t(legend)}</legend>
            <div className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5">
              {values.map((v) => (
                <label key={v} className="flex items-center gap-1.5 text-sm">
                  <input type="checkbox" checked={(local[key] as readonly string[]).includes(v)} onChange={() => toggle(key, v)} />
                  {label(v)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>

      <div className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-2">
        <div className="w-full sm:w-72">
          <label htmlFor="filter-organization" className="block text-sm font-medium">
            {t("filters.organization")}
          </label>
          <select id="filter-organization" value={local.org ?? ""} onChange={(e) => update({ org: e.target.value || null })} className={control}>
            <option value="">{t("filters.any")}</option>
            {options.organizations.map((o) => <option key={o.id} value={o.id}>{o.country} · {o.name}</option>)}
          </select>
        </div>
        <div className="w-full sm:w-72">
          <label htmlFor="filter-visit" className="block text-sm font-medium">{t("filters.visit")}</label>
          <select id="filter-visit" value={local.visit ?? ""} onChange={(e) => update({ visit: e.target.value || null })} className={control}>
            <option value="">{t("filters.any")}</option>
            {options.visits.map((v) => <option key={v.id} value={v.id}>{v.title}</option>)}
          </select>
        </div>
        {checkbox("overdue", t("filters.overdue"))}
        {checkbox("mine", t("owners.filterMine"), t("owners.filterMineHelp"))}
      </div>

      <details open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)} className="mt-3 border-t border-slate-100 pt-2">
        <summary className="cursor-pointer text-sm font-medium text-blue-800">
          {activeMore > 0 ? t("filters.moreActive", { count: activeMore }) : t("filters.more")}
        </summary>
        <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          <div className="space-y-2">
            <div>
              <label htmlFor="filter-side" className="block text-sm font-medium">{t("filters.side")}</label>
              <select id="filter-side" value={local.side ?? ""} onChange={(e) => update({ side: e.target.value || null })} className={control}>
                <option value="">{t("filters.bothSides")}</option>
                {SIDES.map((s) => <option key={s} value={s}>{t(`country.${s}`)}</option>)}
              </select>
            </div>
          </div>
          <div className="space-y-2">
            <div>
              <label htmlFor="filter-challenge" className="block text-sm font-medium">{t("filters.challenge")}</label>
              <select id="filter-challenge" value={local.challenge ?? ""} onChange={(e) => update({ challenge: e.target.value || null })} className={control}>
                <option value="">{t("filters.anyChallenge")}</option>
                {options.challenges
                  .filter((c) => !c.archived || c.id === local.challenge)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.archived ? t("filters.archivedChallenge", { name: c.name }) : c.name}
                    </option>
                  ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-minSeverity" className="block text-sm font-medium">{t("filters.minSeverity")}</label>
              <select id="filter-minSeverity" value={local.minSeverity ?? ""} onChange={(e) => update({ minSeverity: e.target.value || null })} className={control}>
                <option value="">—</option>
                {SEVERITIES.filter((s) => s !== "none").map((s) => <option key={s} value={s}>{t("filters.atLeast", { severity: t(`severity.${s}`) })}</option>)}
              </select>
            </div>
          </div>
          <div className="space-y-2">
            <DateRangeFilter from="targetFrom" to="targetTo" local={local} update={update} />
            <DateRangeFilter from="dueFrom" to="dueTo" local={local} update={update} quarters />
          </div>
          <div className="space-y-2">
            {checkbox("dueSoon", t("filters.dueSoon"))}
            {checkbox("stale", t("filters.stale"))}
            <div>
              <label htmlFor="filter-archived" className="block text-sm font-medium">{t("filters.archived")}</label>
              <select id="filter-archived" value={local.archived ?? ""} onChange={(e) => update({ archived: e.target.value || null })} className={control}>
                <option value="">{t("filters.archivedHidden")}</option>
                <option value="include">{t("filters.archivedInclude")}</option>
                <option value="only">{t("filters.archivedOnly")}</option>
              </select>
            </div>
          </div>
        </div>
      </details>
    </section>
  );
}
