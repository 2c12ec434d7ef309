import "server-only";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { ALL, dayOf, periodsBefore, SIDE_KEYS, sideKeysWith, type Grain, type TallyKind } from "../domain/dashboard-tally";
import { dueSoonWindow, MAY_GO_STALE, scopedAreas, statusTrendFromShifts, trendWeekEnds, zeroByStatus, type AreaStatusGroup, type DashboardScope, type StatusShift } from "../domain/dashboard";
import type { HeatGroup } from "../domain/dashboard-heat-map";
import { startOfUtcDay } from "../domain/rollups";
import { isAgreementStatus, type Area } from "../domain/vocabulary";
import { scopeQuery } from "../url-state/dashboard-scope";
import { FILTER_KEYS, type AgreementQuery } from "../url-state/agreement-query";
import { agreementWhere } from "./agreement-where";
import type { DashboardCounts } from "./dashboard-counts";
import { BUILT, inDashboardScope } from "./dashboard-tally";

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

type Question = "overdueAgreements" | "overdueMilestones" | "dueBeforeUntil" | "stale";

/** One row of the one statement: which question (`q`) it answers, and its part of the answer. */
type Answer = { q: string; area: string; a: string; b: string; period: string; n: number | bigint; s: number | bigint };

/**
 * The parts of a sum over the days before `day` (statuses: only rows of these): one per grain,
 * each an index seek and a range, so none of them depends on how SQLite plans an OR.
 */
const before = (q: Question, kind: TallyKind, day: Date, d: Dims, statuses?: readonly string[]): Prisma.Sql[] =>
  periodsBefore(day).map(
    // The question is a constant of this file, written as a literal: a bound value's type is
    // unknown to PostgreSQL in a SELECT list of a UNION.
    ({ grain, from, until }) => Prisma.sql`SELECT ${Prisma.raw(`'${q}'`)}, '', '', '', '', COALESCE(SUM("n"), 0), 0 FROM "DashboardTally"
      WHERE ${rowsOf(kind, grain, d)} AND "period" >= ${from} AND "period" < ${until}${statuses ? Prisma.sql` AND "a" IN (${Prisma.join(statuses)})` : Prisma.empty}`,
  );

/**
 * Every number, in one statement of UNION ALL parts (each statement through the driver costs the
 * server about a millisecond of its one thread, and under load that, not SQL, was most of the
 * dashboard's time), then the part of the stale count that the kept counts cannot tell.
 */
export async function talliedCounts(scope: DashboardScope, now: Date, staleAfterDays: number, visitIds: readonly string[]): Promise<DashboardCounts> {
  // No visit yet means no agreement either; an IN list must not be empty.
  const visits = visitIds.length ? visitIds : [""];
  const whole = dimsOf(scope, false, visits);
  const byArea = dimsOf(scope, true, visits);
  const today = startOfUtcDay(now);
  const soon = dueSoonWindow(now);
  const cutoff = new Date(now.getTime() - staleAfterDays * 86_400_000);
  const cutoffDay = startOfUtcDay(cutoff);
  // The trend's changes since its earliest possible first week end; the later first week end of a
  // young portfolio leaves out the ones before it (statusTrendFromShifts).
  const since = dayOf(trendWeekEnds(now, null)[0]);
  const parts: Prisma.Sql[] = [
    Prisma.sql`SELECT 'S' AS "q", "area", "a", '' AS "b", '' AS "period", SUM("n") AS "n", SUM("sum") AS "s" FROM "DashboardTally"
      WHERE ${rowsOf("S", "", byArea)} AND "period" = '' GROUP BY "area", "a"`,
    Prisma.sql`SELECT 'H', "area", "a", "b", '', SUM("n"), 0 FROM "DashboardTally"
      WHERE ${rowsOf("H", "", byArea)} AND "period" = '' GROUP BY "area", "a", "b"`,
    ...before("overdueAgreements", "N", today, whole),
    ...before("overdueMilestones", "M", today, whole),
    ...before("dueBeforeUntil", "M", soon.until, whole),
    ...before("stale", "L", cutoffDay, whole, MAY_GO_STALE),
    Prisma.sql`SELECT 'stale', '', '', '', '', COALESCE(SUM("n"), 0), 0 FROM "DashboardTally"
      WHERE ${rowsOf("L", "", whole)} AND "period" = '' AND "a" IN (${Prisma.join(MAY_GO_STALE)})`,
    // Each agreement with an update is kept once on its latest update's year: the trend's present.
    Prisma.sql`SELECT 'present', '', "a", '', '', SUM("n"), 0 FROM "DashboardTally" WHERE ${rowsOf("L", "y", whole)} GROUP BY "a"`,
    Prisma.sql`SELECT 'first', '', '', '', MIN("period"), 0, 0 FROM "DashboardTally" WHERE ${rowsOf("F", "d", whole)} AND "n" > 0`,
    Prisma.sql`SELECT 'change', '', "a", '', "period", SUM("n"), 0 FROM "DashboardTally"
      WHERE ${rowsOf("C", "d", whole)} AND "period" > ${since} GROUP BY "period", "a"`,
  ];
  const [answers, staleOnCutoffDay] = await Promise.all([
    prisma.$queryRaw<Answer[]>`${Prisma.join(parts, " UNION ALL ")}`,
    cutoffDay.getTime() === cutoff.getTime() ? 0 : staleWithinDay(scope, cutoffDay, cutoff, now, staleAfterDays),
  ]);

  const total = (q: Question) => answers.filter((r) => r.q === q).reduce((n, r) => n + num(r.n), 0);
  const heat = new Map<Area, HeatGroup[]>(byArea.areas.map((area) => [area as Area, []]));
  const current = zeroByStatus();
  const shifts: StatusShift[] = [];
  let firstDay: string | null = null;
  for (const r of answers) {
    if (r.q === "H" && num(r.n) !== 0) heat.get(r.area as Area)?.push({ challengeId: r.a, severity: r.b, count: num(r.n) });
    else if (r.q === "present" && isAgreementStatus(r.a)) current[r.a] += num(r.n);
    else if (r.q === "first") firstDay = r.period || null;
    // Week ends are the last moment of a day, so a change stands for its day's week by its day.
    else if (r.q === "change") shifts.push({ at: new Date(`${r.period}T00:00:00Z`), status: r.a, n: num(r.n) });
  }
  const weekEnds = trendWeekEnds(now, firstDay ? new Date(`${firstDay}T00:00:00Z`) : null);
  const overdueMilestones = total("overdueMilestones");
  return {
    groups: answers
      .filter((r) => r.q === "S" && num(r.n) !== 0)
      .map((r): AreaStatusGroup => ({ area: r.area, status: r.a, count: num(r.n), progressSum: num(r.s) })),
    heat,
    overdueAgreements: total("overdueAgreements"),
    overdueMilestones,
    dueSoonMilestones: total("dueBeforeUntil") - overdueMilestones,
    stale: total("stale") + staleOnCutoffDay,
    trend: statusTrendFromShifts(current, shifts, weekEnds),
  };
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

/** The table's filters that the kept status counts answer: they are kept by visit, area and side. */
const TALLIED_FILTERS: ReadonlySet<string> = new Set(["area", "status", "visit", "side"]);

/**
 * How many agreements a view of the table without a search holds, summed from the kept status
 * counts (S) when its filters are only those they are kept by (area, status, visit, side; archived
 * agreements left out, as the counts leave them); null for any other view, or while the counts
 * are not built. The table's count then equals the dashboard's by construction, and costs a few
 * rows whatever the portfolio's size: at 100,000 agreements, counting the view "energy and
 * transport, on track, at risk or delayed" read 23,000 index entries (7 ms). The words of a
 * search (q) are the caller's: a view with a search never asks here.
 */
export async function talliedTableCount(query: AgreementQuery): Promise<number | null> {
  const active = FILTER_KEYS.filter((key) => key !== "q" && (Array.isArray(query[key]) ? query[key].length > 0 : Boolean(query[key])));
  if (active.some((key) => !TALLIED_FILTERS.has(key))) return null;
  const where = [Prisma.sql`"kind" = 'S' AND "grain" = ''`];
  if (!query.visit && !query.area.length && !query.side) {
    where.push(Prisma.sql`"visitId" = ${ALL} AND "area" = ${ALL} AND "side" = ${ALL}`);
  } else {
    // Each agreement is kept once on its own visit, area and side, besides the portfolio's row.
    where.push(query.visit ? Prisma.sql`"visitId" = ${query.visit}` : Prisma.sql`"visitId" <> ${ALL}`);
    where.push(query.area.length ? Prisma.sql`"area" IN (${Prisma.join(query.area)})` : Prisma.sql`"area" <> ${ALL}`);
    where.push(query.side ? Prisma.sql`"side" IN (${Prisma.join(sideKeysWith(query.side))})` : Prisma.sql`"side" <> ${ALL}`);
  }
  if (query.status.length) where.push(Prisma.sql`"a" IN (${Prisma.join(query.status)})`);
  const [row] = await prisma.$queryRaw<{ n: number | bigint; built: number | bigint }[]>`
    SELECT COALESCE(SUM("n"), 0) AS "n", (SELECT COUNT(*) FROM "DashboardTally" WHERE ${BUILT}) AS "built"
    FROM "DashboardTally" WHERE ${Prisma.join(where, " AND ")}`;
  return row && num(row.built) > 0 ? num(row.n) : null;
}
