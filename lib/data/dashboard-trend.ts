import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { currentRevision, revisionCache } from "./revision-keyed-cache";
import { statusTrendBackFrom, trendWeekEnds, zeroByStatus, type StatusChange, type TrendPoint } from "../domain/dashboard";
import { isAgreementStatus } from "../domain/vocabulary";

const cache = revisionCache<TrendPoint[]>({ maxEntries: 64, maxAgeMs: Infinity });

/**
 * The weekly status trend of the agreements in scope, kept per scope and day and reused until the
 * data revision moves (any audited change, on any app instance).
 */
export async function statusTrend(inScope: Prisma.AgreementWhereInput, now: Date): Promise<TrendPoint[]> {
  const key = JSON.stringify([inScope, now.toISOString().slice(0, 10)]);
  return cache.get(key, await currentRevision(), () => compute(inScope, now));
}

/**
 * Counted back from the agreements' current status (lib/domain/dashboard.ts says why that holds):
 * reads the status changes since the trend's first week end, not the whole update history, which
 * made the first dashboard after any change cost about 1 s at 10,000 agreements.
 */
async function compute(inScope: Prisma.AgreementWhereInput, now: Date): Promise<TrendPoint[]> {
  // The first update in scope: walks the createdAt index and stops at the first match (a second
  // sort key would make SQLite sort the whole history: 0.1 ms -> 940 ms at 100,000 agreements).
  const first = await prisma.statusUpdate.findFirst({
    where: { agreement: inScope },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  const weekEnds = trendWeekEnds(now, first?.createdAt ?? null);
  // One transaction: the changes must be those that led to the statuses counted.
  const { groups, changes } = await prisma.$transaction(async (tx) => {
    // Every agreement with an update has lastUpdateAt (written with it). Grouped by area too, so
    // that SQLite reads Agreement_table_idx in its order instead of the rows (100k: 160 -> 23 ms).
    const groups = await tx.agreement.groupBy({
      by: ["area", "status"],
      where: { AND: [inScope, { lastUpdateAt: { not: null } }] },
      _count: { _all: true },
    });
    // The changes counted by the database, week by week, not read one by one: at 100,000
    // agreements 111,000 rows took 1 s to read into the server; the counts take 300 ms, from
    // StatusUpdate_trend_idx.
    const changes: StatusChange[] = [];
    for (const [k, end] of weekEnds.entries()) {
      const next = weekEnds[k + 1];
      const counted = await tx.statusUpdate.groupBy({
        by: ["statusBefore", "statusAfter"],
        where: {
          createdAt: next ? { gt: end, lte: next } : { gt: end },
          agreement: inScope,
          // Updates that only moved the progress do not move the trend.
          OR: [{ statusBefore: null }, { NOT: { statusBefore: { equals: tx.statusUpdate.fields.statusAfter } } }],
        },
        _count: { _all: true },
      });
      // Any moment within the week stands for the week.
      const within = new Date(end.getTime() + 1);
      for (const c of counted) changes.push({ createdAt: within, statusBefore: c.statusBefore, statusAfter: c.statusAfter, count: c._count._all });
    }
    return { groups, changes };
  });
  const current = zeroByStatus();
  for (const g of groups) if (isAgreementStatus(g.status)) current[g.status] += g._count._all;
  return statusTrendBackFrom(current, changes, weekEnds);
}
