import "server-only";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { DashboardScope } from "../domain/dashboard";
import type { HeatGroup } from "../domain/dashboard-heat-map";
import type { Area } from "../domain/vocabulary";
import { onSide } from "./agreement-sql";

/**
 * Current assessments counted by (area, challenge, severity) for the scoped, non-archived
 * agreements, in one query. Prisma's groupBy cannot group by a relation's column (the
 * agreement's area), and one groupBy per area scanned the assessments six times; this is one
 * scan. Plain SQL with quoted identifiers, valid on SQLite and PostgreSQL alike.
 */
export async function heatGroupsByArea(scope: DashboardScope, areas: readonly Area[]): Promise<Map<Area, HeatGroup[]>> {
  const conditions: Prisma.Sql[] = [Prisma.sql`a."archivedAt" IS NULL`];
  if (scope.visit) conditions.push(Prisma.sql`a."visitId" = ${scope.visit}`);
  if (areas.length) conditions.push(Prisma.sql`a."area" IN (${Prisma.join(areas)})`);
  if (scope.side) conditions.push(onSide(scope.side));
  const rows = await prisma.$queryRaw<{ area: string; challengeId: string; severity: string; n: number | bigint }[]>`
    SELECT a."area" AS "area", ca."challengeId" AS "challengeId", ca."severity" AS "severity", COUNT(*) AS "n"
    FROM "ChallengeAssessment" ca JOIN "Agreement" a ON a."id" = ca."agreementId"
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY a."area", ca."challengeId", ca."severity"`;
  const byArea = new Map<Area, HeatGroup[]>(areas.map((area) => [area, []]));
  for (const row of rows) {
    byArea.get(row.area as Area)?.push({ challengeId: row.challengeId, severity: row.severity, count: Number(row.n) });
  }
  return byArea;
}
