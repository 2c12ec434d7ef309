import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { trendWeekEnds, weeklyStatusTrend, type TrendPoint } from "../domain/dashboard";

const MAX_ENTRIES = 64;
const cache = new Map<string, Promise<TrendPoint[]>>();

/**
 * The weekly status trend of the agreements in scope. Computing it reads the whole update history
 * (the only unbounded read of the dashboard), so the result is kept per scope and reused until
 * the data behind it changes. Every status update, edit or archive writes its agreement row in
 * the same transaction (updatedAt moves), and history is never deleted, so the count and newest
 * updatedAt of the scope's agreements identify the history. The key comes from the database, so
 * several app instances stay correct; concurrent first requests share one computation.
 */
export async function statusTrend(inScope: Prisma.AgreementWhereInput, now: Date): Promise<TrendPoint[]> {
  const agreements = await prisma.agreement.aggregate({ where: inScope, _count: { _all: true }, _max: { updatedAt: true } });
  const key = JSON.stringify([
    inScope,
    now.toISOString().slice(0, 10),
    agreements._count._all,
    agreements._max.updatedAt?.getTime() ?? 0,
  ]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit;
  }
  const computed = compute(inScope, now).catch((error: unknown) => {
    cache.delete(key);
    throw error;
  });
  cache.set(key, computed);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return computed;
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
