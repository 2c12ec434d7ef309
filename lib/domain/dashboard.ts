// Pure pieces of the portfolio dashboard: its scope (the table's visit/area/side filters; read from
// and written to the URL by lib/url-state/dashboard-scope.ts) and the reductions that turn a handful
// of database aggregations into the figures shown (the heat map's: dashboard-heat-map.ts). No
// database access here, so all of it is unit-tested.
import {
  AGREEMENT_STATUSES,
  isAgreementStatus,
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

export const zeroByStatus = () =>
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

export type TrendPoint = { weekEnd: Date; counts: Record<AgreementStatus, number> };

/** One status update as the trend reads it: the status it replaced (null on an agreement's first update) and the one it set. */
export type StatusChange = {
  createdAt: Date;
  statusBefore: string | null;
  statusAfter: string;
  /** How many updates this stands for (the database may count alike ones in a week): 1 if absent. */
  count?: number;
};

/**
 * How many agreements stood in each status at each week end, counted back from the present: the
 * agreements now (each one with an update, in its current status), less the changes made after
 * each week end. So the trend reads only the changes since its first week end, not the whole
 * history (at 10,000 agreements 12,000 rows instead of 100,000; bench/README.md).
 *
 * It holds because lib/data writes every update with the status it replaced (null on the first)
 * and keeps the agreement's status equal to its latest update's, in one transaction. An agreement
 * counts from its first update on; a status outside the vocabulary counts nowhere. `changes` may
 * hold updates that changed nothing, and come in any order.
 */
export function statusTrendBackFrom(
  current: Readonly<Record<AgreementStatus, number>>,
  changes: readonly StatusChange[],
  weekEnds: readonly Date[],
): TrendPoint[] {
  const shifts: StatusShift[] = [];
  for (const change of changes) {
    const n = change.count ?? 1;
    shifts.push({ at: change.createdAt, status: change.statusAfter, n });
    if (change.statusBefore !== null) shifts.push({ at: change.createdAt, status: change.statusBefore, n: -n });
  }
  return statusTrendFromShifts(current, shifts, weekEnds);
}

/** What changes did to one status's count at a moment: +n agreements entered it, -n left it. */
export type StatusShift = { at: Date; status: string; n: number };

/**
 * statusTrendBackFrom with the changes already netted per status (the dashboard's kept counts,
 * lib/data/dashboard-tallied.ts, hold them per day). A status outside the vocabulary counts nowhere.
 */
export function statusTrendFromShifts(
  current: Readonly<Record<AgreementStatus, number>>,
  shifts: readonly StatusShift[],
  weekEnds: readonly Date[],
): TrendPoint[] {
  const ends = weekEnds.map((d) => d.getTime()).sort((a, b) => a - b);
  // after[k]: what the changes in (ends[k], ends[k+1]] did (the last: everything after the last end).
  const after = ends.map(() => zeroByStatus());
  for (const shift of shifts) {
    const k = firstAtOrAfter(ends, shift.at.getTime()) - 1;
    if (k < 0 || !isAgreementStatus(shift.status)) continue;
    after[k][shift.status] += shift.n;
  }
  const counts = { ...current };
  const points: TrendPoint[] = [];
  for (let k = ends.length - 1; k >= 0; k--) {
    for (const status of AGREEMENT_STATUSES) counts[status] -= after[k][status];
    points.push({ weekEnd: new Date(ends[k]), counts: { ...counts } });
  }
  return points.reverse();
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

/** Statuses that are never stale: the work is finished or deliberately on hold. */
export const NEVER_STALE: readonly AgreementStatus[] = ["completed", "suspended"];

/** The statuses an agreement may be stale in. */
export const MAY_GO_STALE: readonly AgreementStatus[] = AGREEMENT_STATUSES.filter((s) => !NEVER_STALE.includes(s));

/** No status update for more than N days, and not finished (mirrors staleWhere). */
export function isStale(
  agreement: { status: string; lastUpdateAt: Date | null },
  now: Date,
  staleAfterDays: number,
): boolean {
  if ((NEVER_STALE as readonly string[]).includes(agreement.status)) return false;
  const cutoff = now.getTime() - staleAfterDays * DAY_MS;
  return !agreement.lastUpdateAt || agreement.lastUpdateAt.getTime() < cutoff;
}

/** [today, today + DUE_SOON_DAYS] in whole UTC days, as a half-open range of instants. */
export function dueSoonWindow(now: Date): { from: Date; until: Date } {
  const from = startOfUtcDay(now);
  return { from, until: new Date(from.getTime() + (DUE_SOON_DAYS + 1) * DAY_MS) };
}
