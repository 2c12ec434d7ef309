import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { currentRevision, revisionCache } from "./revision-keyed-cache";
import { trendWeekEnds, weeklyStatusTrend, type TrendPoint } from "../domain/dashboard";

const cache = revisionCache<TrendPoint[]>({ maxEntries: 64, maxAgeMs: Infinity });

/**
 * The weekly status trend of the agreements in scope. Computing it reads the whole update history
 * (the only unbounded read of the dashboard), so the result is kept per scope and day and reused
 * until the data revision moves (any audited change, on any app instance).
 */
export async function statusTrend(inScope: Prisma.AgreementWhereInput, now: Date): Promise<TrendPoint[]> {
  const key = JSON.stringify([inScope, now.toISOString().slice(0, 10)]);
  return cache.get(key, await currentRevision(), () => compute(inScope, now));
}

async function compute(inScope: Prisma.AgreementWhereInput, now: Date): Promise<TrendPoint[]> {
  // Three narrow columns, unordered on purpose: an ORDER BY costs SQLite a temporary B-tree at
  // 100k rows; the sweep handles any order.
  const history = await prisma.statusUpdate.findMany({
    where: { agreement: inScope },
    select: { agreementId: true, createdAt: true, statusAfter: true },
  });
  let earliest: Date | null = null;
  for (const u of history) if (!earliest || u.createdAt < earliest) earliest = u.createdAt;
  return weeklyStatusTrend(history, trendWeekEnds(now, earliest));
}
