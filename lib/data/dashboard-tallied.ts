import "server-only";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { ALL, dayOf, periodsBefore, SIDE_KEYS, sideKeysWith, type Grain, type TallyKind } from "../domain/dashboard-tally";
import { dueSoonWindow, MAY_GO_STALE, scopedAreas, statusTrendFromShifts, trendWeekEnds, zeroByStatus, type AreaStatusGroup, type DashboardScope, type StatusShift } from "../domain/dashboard";
import type { HeatGroup } from "../domain/dashboard-heat-map";
import { startOfUtcDay } from "../domain/rollups";
import { isAgreementStatus, type Area } from "../domain/vocabulary";
import { scopeQuery } from "../url-state/dashboard-scope";
import { agreementWhere } from "./agreement-where";
import type { DashboardCounts } from "./dashboard-counts";
import { inDashboardScope } from "./dashboard-tally";

// The dashboard's numbers read from the counts the data layer keeps (lib/data/dashboard-tally.ts):
// each a sum over a few hundred rows of DashboardTally, whatever the portfolio's size. They equal
// lib/data/dashboard-counts.ts's, counted from the data (tests/unit/dashboard-tally.test.ts).

type Dims = { visits: readonly string[]; areas: readonly string[]; sides: readonly string[] };

/**
 * The rows a scope sums: the whole portfolio's own row when the scope is the whole portfolio (and
 * the areas need not be told apart), else the rows of each visit, area and side in the scope.
 */
function dimsOf(scope: DashboardScope, perArea: boolean, visitIds: readonly string[]): Dims {
  if (!perArea && !scope.visit && !scope.area.length && !scope.side) return { visits: [ALL], areas: [ALL], sides: [ALL] };
  return {
    visits: scope.visit ? [scope.visit] : visitIds,
    areas: scopedAreas(scope),
    sides: scope.side ? sideKeysWith(scope.side) : SIDE_KEYS,
  };
}

// Equalities and IN lists on the primary key's leading columns, then a range on the period: an
// index seek per (visit, area, side), never a scan.
const rowsOf = (kind: TallyKind, grain: Grain, d: Dims) =>
  Prisma.sql`"kind" = ${kind} AND "grain" = ${grain} AND "visitId" IN (${Prisma.join(d.visits)}) AND "area" IN (${Prisma.join(d.areas)}) AND "side" IN (${Prisma.join(d.sides)})`;

const num = (v: number | bigint | null | undefined) => Number(v ?? 0);

/** How many of the kind fall on days before `day` (statuses: only rows of these). */
async function countBefore(kind: TallyKind, day: Date, d: Dims, statuses?: readonly string[]): Promise<number> {
  const only = statuses ? Prisma.sql`AND "a" IN (${Prisma.join(statuses)})` : Prisma.empty;
  const parts = periodsBefore(day).map(
    ({ grain, from, until }) =>
      Prisma.sql`(SELECT COALESCE(SUM("n"), 0) FROM "DashboardTally" WHERE ${rowsOf(kind, grain, d)} AND "period" >= ${from} AND "period" < ${until} ${only})`,
  );
  const [row] = await prisma.$queryRaw<{ n: number | bigint }[]>`SELECT ${Prisma.join(parts, " + ")} AS "n"`;
  return num(row?.n);
}


export async function talliedCounts(scope: DashboardScope, now: Date, staleAfterDays: number): Promise<DashboardCounts> {
  const visitIds = (await prisma.visit.findMany({ select: { id: true } })).map((v) => v.id);
  // No visit yet means no agreement either; an IN list must not be empty.
  if (visitIds.length === 0) visitIds.push("");
  const whole = dimsOf(scope, false, visitIds);
  const byArea = dimsOf(scope, true, visitIds);
  const today = startOfUtcDay(now);
  const soon = dueSoonWindow(now);
  const cutoff = new Date(now.getTime() - staleAfterDays * 86_400_000);
  const [groups, heat, overdueAgreements, overdueMilestones, dueBeforeUntil, stale, trend] = await Promise.all([
    prisma.$queryRaw<{ area: string; status: string; n: number | bigint; s: number | bigint }[]>`
      SELECT "area", "a" AS "status", SUM("n") AS "n", SUM("sum") AS "s" FROM "DashboardTally"
      WHERE ${rowsOf("S", "", byArea)} AND "period" = '' GROUP BY "area", "a"`,
    heatOf(byArea),
    countBefore("N", today, whole),
    countBefore("M", today, whole),
    countBefore("M", soon.until, whole),
    staleCount(scope, whole, cutoff, now, staleAfterDays),
    trendOf(whole, now),
  ]);
  return {
    groups: groups.filter((g) => num(g.n) !== 0).map((g): AreaStatusGroup => ({ area: g.area, status: g.status, count: num(g.n), progressSum: num(g.s) })),
    heat,
    overdueAgreements,
    overdueMilestones,
    dueSoonMilestones: dueBeforeUntil - overdueMilestones,
    stale,
    trend,
  };
}

async function heatOf(d: Dims): Promise<Map<Area, HeatGroup[]>> {
  const rows = await prisma.$queryRaw<{ area: string; challengeId: string; severity: string; n: number | bigint }[]>`
    SELECT "area", "a" AS "challengeId", "b" AS "severity", SUM("n") AS "n" FROM "DashboardTally"
    WHERE ${rowsOf("H", "", d)} AND "period" = '' GROUP BY "area", "a", "b"`;
  const byArea = new Map<Area, HeatGroup[]>(d.areas.map((area) => [area as Area, []]));
  for (const r of rows) if (num(r.n) !== 0) byArea.get(r.area as Area)?.push({ challengeId: r.challengeId, severity: r.severity, count: num(r.n) });
  return byArea;
}

/**
 * Not completed or suspended, and no update, or the latest before the cutoff. The kept counts are
 * per day, and the cutoff falls within one: that day's part before it is counted from the
 * agreements (staleWhere's rule, on the last-update index).
 */
async function staleCount(scope: DashboardScope, d: Dims, cutoff: Date, now: Date, staleAfterDays: number): Promise<number> {
  const cutoffDay = startOfUtcDay(cutoff);
  const [never, before, partOfDay] = await Promise.all([
    prisma.$queryRaw<{ n: number | bigint }[]>`
      SELECT COALESCE(SUM("n"), 0) AS "n" FROM "DashboardTally"
      WHERE ${rowsOf("L", "", d)} AND "period" = '' AND "a" IN (${Prisma.join(MAY_GO_STALE)})`,
    countBefore("L", cutoffDay, d, MAY_GO_STALE),
    cutoffDay.getTime() === cutoff.getTime() ? 0 : staleWithinDay(scope, cutoffDay, cutoff, now, staleAfterDays),
  ]);
  return num(never[0]?.n) + before + partOfDay;
}

/**
 * The stale agreements last updated on the cutoff's day before it: that day's agreements from the
 * last-update index, then the scope from their kept shares. Asked of Agreement in one query, SQLite
 * preferred the status or area index and read most of the portfolio (100k: 330 ms against 1 ms).
 */
async function staleWithinDay(scope: DashboardScope, from: Date, until: Date, now: Date, staleAfterDays: number): Promise<number> {
  const within = { lastUpdateAt: { gte: from, lt: until } };
  const day = await prisma.agreement.findMany({ where: within, select: { id: true, status: true }, take: MAX_IDS + 1 });
  if (day.length === 0) return 0;
  if (day.length > MAX_IDS) {
    // A day of mass import: the one query, slower but without a list of ids too long to send.
    return prisma.agreement.count({ where: { AND: [within, agreementWhere(scopeQuery(scope), { now, staleAfterDays }), { status: { in: [...MAY_GO_STALE] } }] } });
  }
  const mayBeStale = day.filter((a) => (MAY_GO_STALE as readonly string[]).includes(a.status));
  return (await inDashboardScope(prisma, mayBeStale.map((a) => a.id), scope)).size;
}

const MAX_IDS = 5_000;

/** The weekly status trend (lib/domain/dashboard.ts), from the agreements' present and their changes per day. */
async function trendOf(d: Dims, now: Date) {
  const [present, first] = await Promise.all([
    // Each agreement with an update is kept once on its latest update's year.
    prisma.$queryRaw<{ status: string; n: number | bigint }[]>`
      SELECT "a" AS "status", SUM("n") AS "n" FROM "DashboardTally" WHERE ${rowsOf("L", "y", d)} GROUP BY "a"`,
    prisma.$queryRaw<{ day: string | null }[]>`
      SELECT MIN("period") AS "day" FROM "DashboardTally" WHERE ${rowsOf("F", "d", d)} AND "n" > 0`,
  ]);
  const firstDay = first[0]?.day ?? null;
  const weekEnds = trendWeekEnds(now, firstDay ? new Date(`${firstDay}T00:00:00Z`) : null);
  const current = zeroByStatus();
  for (const p of present) if (isAgreementStatus(p.status)) current[p.status] += num(p.n);
  // Week ends are the last moment of a day, so a change stands for its day's week by its day.
  const since = dayOf(weekEnds[0]);
  const changes = await prisma.$queryRaw<{ day: string; status: string; n: number | bigint }[]>`
    SELECT "period" AS "day", "a" AS "status", SUM("n") AS "n" FROM "DashboardTally"
    WHERE ${rowsOf("C", "d", d)} AND "period" > ${since} GROUP BY "period", "a"`;
  const shifts: StatusShift[] = changes.map((c) => ({ at: new Date(`${c.day}T00:00:00Z`), status: c.status, n: num(c.n) }));
  return statusTrendFromShifts(current, shifts, weekEnds);
}
