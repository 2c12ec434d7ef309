import "server-only";
import { dashboardCounts } from "./dashboard-counts";
import { inDashboardScope, talliesAreBuilt } from "./dashboard-tally";
import { currentRevision, revisionCache } from "./revision-keyed-cache";
import { toUpdateSummary, updateSummarySelect } from "./history";
import type { UpdateSummary } from "../domain/status-report";
import { prisma } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { CurrentUser } from "./session-user";
import { trackableAgreementsWhere } from "../domain/permissions";
import { startOfUtcDay } from "../domain/rollups";
import {
  dueSoonWindow,
  isStale,
  LIST_LIMIT,
  scopedAreas,
  summarizePortfolio,
  type DashboardScope,
  type PortfolioSummary,
  type TrendPoint,
} from "../domain/dashboard";
import { heatRow, type HeatCell } from "../domain/dashboard-heat-map";
import { scopeQuery } from "../url-state/dashboard-scope";
import type { Area } from "../domain/vocabulary";
import { agreementWhere, staleWhere } from "./agreement-where";
import { CHALLENGE_ORDER } from "./challenge-order";
import { challengeNameSelect, milestoneTitleIn, milestoneTitleSelect, namedIn, titleIn, titleSelect } from "./content-texts";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

const milestoneSelect = {
  id: true,
  ...milestoneTitleSelect,
  dueDate: true,
  agreement: { select: { reference: true, ...titleSelect } },
} as const;

export type DashboardMilestone = { id: string; title: string; dueDate: Date; reference: string; agreementTitle: string };

export type DashboardUpdate = UpdateSummary & { id: string; reference: string; title: string };

export type AttentionRow = {
  reference: string;
  title: string;
  status: string;
  lastUpdateAt: Date | null;
  overdueMilestones: number;
  stale: boolean;
};

export type DashboardData = {
  staleAfterDays: number;
  summary: PortfolioSummary;
  challenges: { id: string; name: string }[];
  heatMap: { area: Area; cells: HeatCell[] }[];
  overdue: { agreements: number; milestones: number; list: DashboardMilestone[] };
  dueSoon: { milestones: number; list: DashboardMilestone[] };
  stale: number;
  latestUpdates: DashboardUpdate[];
  trend: TrendPoint[];
  visits: { id: string; title: string }[];
  /** Only for an editor with an organization: its agreements with overdue milestones or stale. */
  attention: { organizationId: string; overdue: number; stale: number; total: number; rows: AttentionRow[] } | null;
};

const toMilestone = (m: Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>, locale: Locale): DashboardMilestone => ({
  id: m.id,
  title: milestoneTitleIn(m, locale),
  dueDate: m.dueDate,
  reference: m.agreement.reference,
  agreementTitle: titleIn(m.agreement, locale),
});

/**
 * Everything the dashboard shows, in a fixed number of queries whatever the portfolio size: its
 * numbers from the counts the data layer keeps (lib/data/dashboard-counts.ts), its lists by index
 * with a limit, never per-agreement queries.
 */
export async function getDashboard(scope: DashboardScope, user: CurrentUser, now = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<DashboardData> {
  // What differs between people is the scope and the editor's attention panel (role, organization).
  const key = JSON.stringify([scope, user.role, user.organizationId, Math.floor(now.getTime() / 60_000), locale]);
  return dashboardCache.get(key, await currentRevision(), () => readDashboard(scope, user, now, locale));
}

// Read once per data revision and minute (overdue, due soon and stale move with the clock).
const dashboardCache = revisionCache<DashboardData>({ maxEntries: 128, maxAgeMs: 60_000 });

async function readDashboard(scope: DashboardScope, user: CurrentUser, now: Date, locale: Locale): Promise<DashboardData> {
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const inScope = agreementWhere(scopeQuery(scope), { now, staleAfterDays });
  const stale = staleWhere({ now, staleAfterDays });
  const overdueMilestone: Prisma.MilestoneWhereInput = { doneDate: null, dueDate: { lt: startOfUtcDay(now) } };
  const soon = dueSoonWindow(now);
  const dueSoonMilestone: Prisma.MilestoneWhereInput = { doneDate: null, dueDate: { gte: soon.from, lt: soon.until } };
  const areas = scopedAreas(scope);
  const [tallied, visits] = await Promise.all([
    talliesAreBuilt(prisma),
    prisma.visit.findMany({ orderBy: [{ startDate: "desc" }, { id: "asc" }], select: { id: true, title: true } }),
  ]);

  const [counts, challenges, overdueList, dueSoonList, latest, attention] = await Promise.all([
    dashboardCounts(scope, now, staleAfterDays, tallied ? { visitIds: visits.map((v) => v.id) } : null),
    prisma.challenge.findMany({
      where: { archivedAt: null },
      orderBy: CHALLENGE_ORDER,
      select: challengeNameSelect,
    }),
    prisma.milestone.findMany({
      where: { ...overdueMilestone, agreement: inScope },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: milestoneSelect,
    }),
    prisma.milestone.findMany({
      where: { ...dueSoonMilestone, agreement: inScope },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: milestoneSelect,
    }),
    latestUpdates(scope, inScope, tallied),
    attentionFor(user, inScope, overdueMilestone, stale, now, staleAfterDays, locale),
  ]);

  const challengeIds = challenges.map((c) => c.id);
  return {
    staleAfterDays,
    summary: summarizePortfolio(counts.groups),
    challenges: namedIn(challenges, locale),
    heatMap: areas.map((area) => ({
      area,
      cells: heatRow(challengeIds, counts.heat.get(area) ?? []),
    })),
    overdue: { agreements: counts.overdueAgreements, milestones: counts.overdueMilestones, list: overdueList.map((m) => toMilestone(m, locale)) },
    dueSoon: { milestones: counts.dueSoonMilestones, list: dueSoonList.map((m) => toMilestone(m, locale)) },
    stale: counts.stale,
    latestUpdates: latest.map(({ id, agreement, ...update }) => ({
      id,
      reference: agreement.reference,
      title: titleIn(agreement, locale),
      ...toUpdateSummary(update),
    })),
    trend: counts.trend,
    visits,
    attention,
  };
}

const latestSelect = {
  id: true,
  ...updateSummarySelect,
  agreement: { select: { reference: true, ...titleSelect } },
} as const;
const latestOrder = [{ createdAt: "desc" }, { id: "desc" }] as const satisfies Prisma.StatusUpdateOrderByWithRelationInput[];

// The newest updates in batches of this many, at most this many batches before asking SQL instead.
const LATEST_BATCH = 200;
const LATEST_BATCHES = 10;

/**
 * The newest updates of agreements in scope. Asked in one query, a scope (an area, a side) made
 * SQLite read every update of every agreement in it and sort them: 800 ms at 100k for two areas of
 * one side. So the newest updates are walked from their time index, a batch at a time, and each
 * batch's agreements are checked against the scope from their kept dashboard shares (one key
 * lookup each): a few ms. The whole portfolio, a scope so narrow that ten batches hold no ten of
 * its updates, or a database whose dashboard counts are not whole yet, take the one query.
 */
async function latestUpdates(scope: DashboardScope, inScope: Prisma.AgreementWhereInput, tallied: boolean) {
  const oneQuery = () => prisma.statusUpdate.findMany({ where: { agreement: inScope }, orderBy: [...latestOrder], take: LIST_LIMIT, select: latestSelect });
  // The whole portfolio's newest walk the time index in the one query, and stop at the tenth.
  const whole = !scope.visit && !scope.area.length && !scope.side;
  if (!tallied || whole) return oneQuery();
  const found: string[] = [];
  let after: { createdAt: Date; id: string } | undefined;
  for (let batch = 0; batch < LATEST_BATCHES; batch++) {
    const newest = await prisma.statusUpdate.findMany({
      where: after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {},
      orderBy: [...latestOrder],
      take: LATEST_BATCH,
      select: { id: true, createdAt: true, agreementId: true },
    });
    const held = await inDashboardScope(prisma, newest.map((u) => u.agreementId), scope);
    for (const u of newest) if (held.has(u.agreementId) && found.length < LIST_LIMIT) found.push(u.id);
    if (found.length === LIST_LIMIT || newest.length < LATEST_BATCH) {
      return prisma.statusUpdate.findMany({ where: { id: { in: found } }, orderBy: [...latestOrder], select: latestSelect });
    }
    after = newest[newest.length - 1];
  }
  return oneQuery();
}

const ATTENTION_LIMIT = 20;

/** The editor's panel: agreements its organization may track that have overdue milestones or are stale. */
async function attentionFor(
  user: CurrentUser,
  inScope: Prisma.AgreementWhereInput,
  overdueMilestone: Prisma.MilestoneWhereInput,
  stale: Prisma.AgreementWhereInput,
  now: Date,
  staleAfterDays: number,
  locale: Locale,
): Promise<DashboardData["attention"]> {
  if (user.role !== "editor" || !user.organizationId) return null;
  const own: Prisma.AgreementWhereInput = { AND: [inScope, trackableAgreementsWhere(user)] };
  const overdue: Prisma.AgreementWhereInput = { milestones: { some: overdueMilestone } };
  const needsAttention: Prisma.AgreementWhereInput = { AND: [own, { OR: [overdue, stale] }] };
  const [overdueCount, staleCount, total, rows] = await Promise.all([
    prisma.agreement.count({ where: { AND: [own, overdue] } }),
    prisma.agreement.count({ where: { AND: [own, stale] } }),
    prisma.agreement.count({ where: needsAttention }),
    prisma.agreement.findMany({
      where: needsAttention,
      // Longest without an update first: those are the ones most likely forgotten.
      orderBy: [{ lastUpdateAt: { sort: "asc", nulls: "first" } }, { reference: "asc" }],
      take: ATTENTION_LIMIT,
      select: {
        reference: true,
        ...titleSelect,
        status: true,
        lastUpdateAt: true,
        _count: { select: { milestones: { where: overdueMilestone } } },
      },
    }),
  ]);
  return {
    organizationId: user.organizationId,
    overdue: overdueCount,
    stale: staleCount,
    total,
    rows: rows.map((r) => ({
      reference: r.reference,
      title: titleIn(r, locale),
      status: r.status,
      lastUpdateAt: r.lastUpdateAt,
      overdueMilestones: r._count.milestones,
      stale: isStale(r, now, staleAfterDays),
    })),
  };
}
