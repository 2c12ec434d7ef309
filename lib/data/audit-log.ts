import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { AuditQuery } from "../validations/audit-query";

export async function listAuditEvents(query: AuditQuery) {
  const where: Prisma.AuditEventWhereInput = {
    ...(query.actor ? { actorId: query.actor } : {}),
    ...(query.agreement ? { agreement: { reference: query.agreement } } : {}),
    ...(query.from || query.to
      ? {
          createdAt: {
            ...(query.from ? { gte: new Date(`${query.from}T00:00:00.000Z`) } : {}),
            ...(query.to ? { lte: new Date(`${query.to}T23:59:59.999Z`) } : {}),
          },
        }
      : {}),
  };
  const [total, rows] = await prisma.$transaction([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.size,
      take: query.size,
      include: { actor: { select: { name: true } }, agreement: { select: { reference: true } } },
    }),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.size,
    rows: rows.map((e) => ({
      id: e.id,
      createdAt: e.createdAt.toISOString(),
      actor: e.actor?.name ?? null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      agreementReference: e.agreement?.reference ?? null,
      before: e.before,
      after: e.after,
    })),
  };
}
export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>["rows"][number];

export async function auditFilterOptions() {
  return prisma.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
