import "server-only";
import { prisma } from "../db";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";

export const NOTIFICATIONS_PAGE_SIZE = 25;

/** The header's number, on every page: one count on the (userId, readAt) index. */
export function unreadCount(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** Where a notification happened: the comment's anchor, the milestone's, or the agreement. */
export function notificationTarget(n: { agreement: { reference: string } | null; commentId: string | null; milestoneId: string | null }) {
  if (!n.agreement) return "/notifications";
  const base = `/agreements/${encodeURIComponent(n.agreement.reference)}`;
  if (n.commentId) return `${base}#comment-${n.commentId}`;
  if (n.milestoneId) return `${base}#milestone-${n.milestoneId}`;
  return base;
}

const listInclude = {
  agreement: { select: { reference: true, title: true } },
  actor: { select: { name: true } },
} as const;

/** My notifications, newest first, one page. */
export async function listNotifications(userId: string, page: number) {
  const [total, rows] = await prisma.$transaction([
    prisma.notification.count({ where: { userId } }),
    prisma.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      include: listInclude,
    }),
  ]);
  return {
    total,
    page,
    pageSize: NOTIFICATIONS_PAGE_SIZE,
    rows: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      createdAt: n.createdAt,
      read: n.readAt !== null,
      actor: n.actor?.name ?? null,
      agreement: n.agreement,
      data: parseData(n.data),
      href: notificationTarget(n),
    })),
  };
}
export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>["rows"][number];

function parseData(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Opening a notification marks it read and says where to go. Someone else's id (or an unknown
 * one) is null: the caller answers 404, and nothing changes (the update is scoped to the owner).
 * Read marks are the person's own state, not a change to the record: not audited.
 */
export async function openNotification(id: string, userId: string): Promise<string | null> {
  const n = await prisma.notification.findFirst({ where: { id, userId }, include: listInclude });
  if (!n) return null;
  if (!n.readAt) await prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return notificationTarget(n);
}

export async function markNotificationRead(id: string, actor: Actor) {
  const changed = await prisma.notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  if (changed.count === 0 && !(await prisma.notification.findFirst({ where: { id, userId: actor.id }, select: { id: true } }))) {
    throw new ActionError("errors.notFound", 404);
  }
}

export async function markAllNotificationsRead(actor: Actor) {
  await prisma.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
}
