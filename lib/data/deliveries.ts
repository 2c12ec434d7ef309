import "server-only";
import { prisma } from "../db";
import type { OutboxStatus } from "../domain/notification-kinds";
import { DELIVERY_PAGE_SIZE } from "../validations/notification-preferences";
import { ActionError } from "../errors";
import { recordAudit } from "./audit";

export type DeliveryRow = {
  id: string;
  createdAt: Date;
  person: { name: string; email: string } | null;
  kind: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string;
  sentAt: Date | null;
};

/** The delivery log, newest first, filtered and paged by the database. */
export async function listDeliveries(query: { status?: OutboxStatus; page: number }) {
  const where = { channel: "email", ...(query.status ? { status: query.status } : {}) };
  const [total, rows] = await prisma.$transaction([
    prisma.outboxMessage.count({ where }),
    prisma.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * DELIVERY_PAGE_SIZE,
      take: DELIVERY_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        kind: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        sentAt: true,
        user: { select: { name: true, email: true } },
        notificationId: true,
      },
    }),
  ]);
  const notificationKinds = new Map(
    (
      await prisma.notification.findMany({
        where: { id: { in: rows.map((r) => r.notificationId).filter((id): id is string => Boolean(id)) } },
        select: { id: true, kind: true },
      })
    ).map((n) => [n.id, n.kind]),
  );
  const out: DeliveryRow[] = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    person: r.user,
    kind: r.kind === "digest" ? "digest" : (notificationKinds.get(r.notificationId ?? "") ?? r.kind),
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt,
    lastError: r.lastError,
    sentAt: r.sentAt,
  }));
  return { rows: out, total, page: query.page, pageSize: DELIVERY_PAGE_SIZE };
}

/** A failed delivery goes back to the queue for a fresh series of attempts (audited). */
export async function retryDelivery(id: string, actorId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const row = await tx.outboxMessage.findUnique({ where: { id }, select: { status: true, attempts: true, lastError: true, userId: true } });
    if (!row) throw new ActionError("errors.notFound", 404);
    const changed = await tx.outboxMessage.updateMany({
      where: { id, status: "failed" },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), leaseOwner: null, leaseUntil: null },
    });
    if (changed.count !== 1) throw new ActionError("deliveries.notRetryable", 409);
    await recordAudit(tx, {
      actorId,
      action: "delivery.retry",
      entityType: "outbox_message",
      entityId: id,
      before: { status: row.status, attempts: row.attempts, lastError: row.lastError, userId: row.userId },
      after: { status: "pending" },
    });
  });
}

/** Whom a delivery was for and where it stands: the confirmation an admin sees after a retry. */
export async function deliveryRecipient(id: string): Promise<{ person: string; status: string } | null> {
  const row = await prisma.outboxMessage.findUnique({ where: { id }, select: { status: true, user: { select: { name: true } } } });
  return row ? { person: row.user?.name ?? "", status: row.status } : null;
}
