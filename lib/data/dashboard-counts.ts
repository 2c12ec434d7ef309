import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { dueSoonWindow, scopedAreas, type AreaStatusGroup, type DashboardScope, type TrendPoint } from "../domain/dashboard";
import type { HeatGroup } from "../domain/dashboard-heat-map";
import { startOfUtcDay } from "../domain/rollups";
import type { Area } from "../domain/vocabulary";
import { scopeQuery } from "../url-state/dashboard-scope";
import { agreementWhere, staleWhere } from "./agreement-where";
import { heatGroupsByArea } from "./dashboard-heat";
import { statusTrend } from "./dashboard-trend";
import { talliedCounts } from "./dashboard-tallied";

/** The dashboard's numbers for a scope: everything on it but its lists. */
export type DashboardCounts = {
  groups: AreaStatusGroup[];
  heat: Map<Area, HeatGroup[]>;
  overdueAgreements: number;
  overdueMilestones: number;
  dueSoonMilestones: number;
  stale: number;
  trend: TrendPoint[];
};

/**
 * From the counts the data layer keeps (lib/data/dashboard-tallied.ts) once they are whole
 * (talliesAreBuilt); until then (a database upgraded to this version before `npm run db:retally`)
 * from the data itself.
 */
export async function dashboardCounts(
  scope: DashboardScope,
  now: Date,
  staleAfterDays: number,
  tallied: { visitIds: readonly string[] } | null,
): Promise<DashboardCounts> {
  return tallied ? talliedCounts(scope, now, staleAfterDays, tallied.visitIds) : countedCounts(scope, now, staleAfterDays);
}

/** The same numbers counted from the agreements, their milestones, assessments and history. */
export async function countedCounts(scope: DashboardScope, now: Date, staleAfterDays: number): Promise<DashboardCounts> {
  const inScope = agreementWhere(scopeQuery(scope), { now, staleAfterDays });
  const overdueMilestone: Prisma.MilestoneWhereInput = { doneDate: null, dueDate: { lt: startOfUtcDay(now) } };
  const soon = dueSoonWindow(now);
  const [groups, heat, overdueAgreements, overdueMilestones, dueSoonMilestones, stale, trend] = await Promise.all([
    prisma.agreement.groupBy({ by: ["area", "status"], where: inScope, _count: { _all: true }, _sum: { progress: true } }),
    heatGroupsByArea(scope, scopedAreas(scope)),
    // The table's own "overdue" filter (the earliest open milestone, kept on the row, is due
    // before today), so the number and the table behind its link agree by construction.
    prisma.agreement.count({ where: agreementWhere({ ...scopeQuery(scope), overdue: "1" }, { now, staleAfterDays }) }),
    prisma.milestone.count({ where: { ...overdueMilestone, agreement: inScope } }),
    prisma.milestone.count({ where: { doneDate: null, dueDate: { gte: soon.from, lt: soon.until }, agreement: inScope } }),
    prisma.agreement.count({ where: { AND: [inScope, staleWhere({ now, staleAfterDays })] } }),
    statusTrend(inScope, now),
  ]);
  return {
    groups: groups.map((g) => ({ area: g.area, status: g.status, count: g._count._all, progressSum: g._sum.progress ?? 0 })),
    heat,
    overdueAgreements,
    overdueMilestones,
    dueSoonMilestones,
    stale,
    trend,
  };
}
