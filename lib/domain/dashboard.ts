// Pure pieces of the portfolio dashboard: its scope (the table's visit/area/side filters; read from
// and written to the URL by lib/url-state/dashboard-scope.ts) and the reductions that turn a handful
// of database aggregations into the figures shown (the heat map's: dashboard-heat-map.ts). No
// database access here, so all of it is unit-tested.
import {
  AGREEMENT_STATUSES,
  AREAS,
  type AgreementStatus,
  type Area,
  type Side,
} from "./vocabulary";
import { startOfUtcDay } from "./rollups";

const DAY_MS = 86_400_000;

/** Milestones due from today through this many days ahead count as "due soon". */
export const DUE_SOON_DAYS = 30;
/** Weekly points of the status trend (fewer when the history is shorter). */
export const TREND_WEEKS = 26;
/** Rows shown in each dashboard list (milestones, latest updates); counts are always exact. */
export const LIST_LIMIT = 10;

/** The dashboard's scope: the same visit/area/side filters as the table, read by the same schema. */
export type DashboardScope = { visit?: string; area: Area[]; side?: Side };

/** The areas the dashboard shows rows for: the scoped ones, in vocabulary order, or all. */
export function scopedAreas(scope: DashboardScope): Area[] {
  return scope.area.length ? AREAS.filter((a) => scope.area.includes(a)) : [...AREAS];
}

// ---------------------------------------------------------------------------------------------
// Portfolio summary from one groupBy over (area, status)
// ---------------------------------------------------------------------------------------------

export type AreaStatusGroup = { area: string; status: string; count: number; progressSum: number };

export type PortfolioSummary = {
  total: number;
  /** Mean progress of the scoped agreements, rounded to a whole percent; null when there are none. */
  averageProgress: number | null;
  byStatus: Record<AgreementStatus, number>;
  byArea: Record<Area, { count: number; averageProgress: number | null }>;
};

const zeroByStatus = () =>
  Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Record<AgreementStatus, number>;

const mean = (sum: number, count: number) => (count ? Math.round(sum / count) : null);

export function summarizePortfolio(groups: readonly AreaStatusGroup[]): PortfolioSummary {
  const byStatus = zeroByStatus();
  const areaSums = new Map<Area, { count: number; sum: number }>(AREAS.map((a) => [a, { count: 0, sum: 0 }]));
  let total = 0;
  let sum = 0;
  for (const g of groups) {
    total += g.count;
    sum += g.progressSum;
    if (g.status in byStatus) byStatus[g.status as AgreementStatus] += g.count;
    const area = areaSums.get(g.area as Area);
    if (area) {
      area.count += g.count;
      area.sum += g.progressSum;
    }
  }
  const byArea = Object.fromEntries(
    [...areaSums].map(([area, s]) => [area, { count: s.count, averageProgress: mean(s.sum, s.count) }]),
  ) as PortfolioSummary["byArea"];
  return { total, averageProgress: mean(sum, total), byStatus, byArea };
}

// ---------------------------------------------------------------------------------------------
// Weekly status trend from the append-only history
// ---------------------------------------------------------------------------------------------

/**
 * Week ends for the trend, oldest first: the end of today (UTC) and every 7 days before it, at most
 * `weeks` points, starting with the first week end at or after the earliest update.
 */
export function trendWeekEnds(now: Date, earliest: Date | null, weeks = TREND_WEEKS): Date[] {
  const last = startOfUtcDay(now).getTime() + DAY_MS - 1;
  const ends: Date[] = [];
  for (let k = weeks - 1; k >= 0; k--) {
    const end = last - k * 7 * DAY_MS;
    if (earliest && end < earliest.getTime() && k > 0) continue;
    ends.push(new Date(end));
  }
  return ends;
}

export type HistoryPoint = { agreementId: string; createdAt: Date; statusAfter: string };
export type TrendPoint = { weekEnd: Date; counts: Record<AgreementStatus, number> };

/**
 * How many agreements stood in each status at each week end, in one linear pass over the history
 * (no sort: at 100k updates sorting cost more than everything else). Updates may come in any
 * order; within a week only each agreement's latest update matters, and of equal times the one
 * given last wins, as in stateAsOf. An agreement counts from its first update on.
 */
export function weeklyStatusTrend(updates: readonly HistoryPoint[], weekEnds: readonly Date[]): TrendPoint[] {
  const ends = weekEnds.map((d) => d.getTime()).sort((a, b) => a - b);
  // Week k holds the times in (ends[k-1], ends[k]]; per week, each agreement's latest update.
  const weeks = ends.map(() => new Map<string, { time: number; status: AgreementStatus | null }>());
  for (const u of updates) {
    const time = u.createdAt.getTime();
    const k = firstAtOrAfter(ends, time);
    if (k === ends.length) continue;
    const seen = weeks[k].get(u.agreementId);
    if (seen && seen.time > time) continue;
    const status = (AGREEMENT_STATUSES as readonly string[]).includes(u.statusAfter) ? (u.statusAfter as AgreementStatus) : null;
    weeks[k].set(u.agreementId, { time, status });
  }
  const current = new Map<string, AgreementStatus | null>();
  const counts = zeroByStatus();
  return ends.map((end, k) => {
    for (const [agreementId, { status }] of weeks[k]) {
      const before = current.get(agreementId);
      if (before) counts[before]--;
      if (status) counts[status]++;
      current.set(agreementId, status);
    }
    return { weekEnd: new Date(end), counts: { ...counts } };
  });
}

/** Index of the first value >= time in an ascending list (its length when there is none). */
function firstAtOrAfter(sorted: readonly number[], time: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Staleness and milestone windows (the same rules as staleWhere / isOverdue, for single rows)
// ---------------------------------------------------------------------------------------------

/** No status update for more than N days, and not finished (mirrors staleWhere). */
export function isStale(
  agreement: { status: string; lastUpdateAt: Date | null },
  now: Date,
  staleAfterDays: number,
): boolean {
  if (agreement.status === "completed" || agreement.status === "suspended") return false;
  const cutoff = now.getTime() - staleAfterDays * DAY_MS;
  return !agreement.lastUpdateAt || agreement.lastUpdateAt.getTime() < cutoff;
}

/** [today, today + DUE_SOON_DAYS] in whole UTC days, as a half-open range of instants. */
export function dueSoonWindow(now: Date): { from: Date; until: Date } {
  const from = startOfUtcDay(now);
  return { from, until: new Date(from.getTime() + (DUE_SOON_DAYS + 1) * DAY_MS) };
}
