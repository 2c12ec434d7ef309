import { SoftLinks } from "@/app/_components/soft-links";
import { getTranslations } from "next-intl/server";
import { agreementQueryToParams, hasActiveFilters, type AgreementQuery } from "@/lib/url-state/agreement-query";
import type { FilterOptions } from "./agreement-filters";

type Chip = { key: string; label: string; without: Partial<AgreementQuery> };

const href = (query: AgreementQuery) => {
  const params = agreementQueryToParams({ ...query, page: 1 }).toString();
  return params ? `/agreements?${params}` : "/agreements";
};

/**
 * Active filters as removable chips, and one "clear all" that keeps sort, size and columns.
 * Plain links with client-side navigation (SoftLinks): up to a dozen of them on every view.
 */
export async function FilterChips({ query, options }: { query: AgreementQuery; options: FilterOptions }) {
  if (!hasActiveFilters(query)) return null;
  const t = await getTranslations();
  const name = <T extends { id: string }>(list: T[], id: string | undefined, pick: (x: T) => string) => {
    const found = list.find((x) => x.id === id);
    return found ? pick(found) : t("filters.unknown");
  };
  const chips: Chip[] = [
    ...(query.q ? [{ key: "q", label: `${t("filters.search")}: “${query.q}”`, without: { q: "" } }] : []),
    ...query.area.map((a) => ({ key: `area-${a}`, label: `${t("filters.area")}: ${t(`area.${a}`)}`, without: { area: query.area.filter((x) => x !== a) } })),
    ...query.status.map((s) => ({ key: `status-${s}`, label: `${t("filters.status")}: ${t(`status.${s}`)}`, without: { status: query.status.filter((x) => x !== s) } })),
    ...(query.org ? [{ key: "org", label: `${t("filters.organization")}: ${name(options.organizations, query.org, (o) => o.name)}`, without: { org: undefined } }] : []),
    ...(query.side ? [{ key: "side", label: `${t("filters.side")}: ${t(`country.${query.side}`)}`, without: { side: undefined } }] : []),
    ...(query.visit ? [{ key: "visit", label: `${t("filters.visit")}: ${name(options.visits, query.visit, (v) => v.title)}`, without: { visit: undefined } }] : []),
    ...(query.challenge || query.minSeverity
      ? [{
          key: "challenge",
          label: `${query.challenge ? name(options.challenges, query.challenge, (c) => (c.archived ? t("filters.archivedChallenge", { name: c.name }) : c.name)) : t("filters.anyChallenge")} ${t("filters.atLeast", { severity: t(`severity.${query.minSeverity ?? "low"}`) })}`,
          without: { challenge: undefined, minSeverity: undefined },
        }]
      : []),
    ...(query.targetFrom ? [{ key: "targetFrom", label: `${t("filters.targetFrom")}: ${query.targetFrom}`, without: { targetFrom: undefined } }] : []),
    ...(query.targetTo ? [{ key: "targetTo", label: `${t("filters.targetTo")}: ${query.targetTo}`, without: { targetTo: undefined } }] : []),
    ...(query.dueFrom ? [{ key: "dueFrom", label: `${t("filters.dueFrom")}: ${query.dueFrom}`, without: { dueFrom: undefined } }] : []),
    ...(query.dueTo ? [{ key: "dueTo", label: `${t("filters.dueTo")}: ${query.dueTo}`, without: { dueTo: undefined } }] : []),
    ...(query.overdue ? [{ key: "overdue", label: t("filters.overdue"), without: { overdue: undefined } }] : []),
    ...(query.dueSoon ? [{ key: "dueSoon", label: t("filters.dueSoon"), without: { dueSoon: undefined } }] : []),
    ...(query.stale ? [{ key: "stale", label: t("filters.stale"), without: { stale: undefined } }] : []),
    ...(query.mine ? [{ key: "mine", label: t("owners.filterMine"), without: { mine: undefined } }] : []),
    ...(query.archived ? [{ key: "archived", label: t(query.archived === "only" ? "filters.archivedOnly" : "filters.archivedInclude"), without: { archived: undefined } }] : []),
  ];
  return (
    <SoftLinks className="no-print flex flex-wrap items-center gap-2" aria-label={t("filters.active")} role="group">
      {chips.map((chip) => (
        <a
          key={chip.key}
          href={href({ ...query, ...chip.without })}
          className="inline-flex items-center gap-1 rounded-full bg-blue-50 px-3 py-1 text-sm text-blue-900 ring-1 ring-blue-200 hover:bg-blue-100"
          aria-label={t("filters.remove", { filter: chip.label })}
          data-chip={chip.key}
        >
          {chip.label}
          <span aria-hidden="true">×</span>
        </a>
      ))}
      <a href={clearedHref(query)} className="text-sm text-blue-800 underline">
        {t("filters.clearAll")}
      </a>
    </SoftLinks>
  );
}

export function clearedHref(query: AgreementQuery) {
  return href({ ...query, q: "", area: [], status: [], org: undefined, side: undefined, visit: undefined, challenge: undefined, minSeverity: undefined, targetFrom: undefined, targetTo: undefined, dueFrom: undefined, dueTo: undefined, overdue: undefined, dueSoon: undefined, stale: undefined, mine: undefined, archived: undefined });
}
