import "server-only";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import { SESSION_TOUCH_INTERVAL_MS } from "../domain/session-rules";
import { recordAudit } from "./audit";

export type SessionMethod = "password" | "sso";
export type EndReason =
  | "logout"
  | "sign_out_everywhere"
  | "ended_by_owner"
  | "password_change"
  | "admin"
  | "second_factor_reset"
  | "deactivated";

/** One row per sign-in; its id goes into the session cookie (lib/auth/config.ts). */
export async function createSession(input: {
  userId: string;
  method: SessionMethod;
  userAgent: string;
  clientAddress: string;
  maxAgeHours: number;
  now?: Date;
}): Promise<string> {
  const now = input.now ?? new Date();
  const session = await prisma.session.create({
    data: {
      userId: input.userId,
      method: input.method,
      // Bounded: the header is the client's to choose.
      userAgent: input.userAgent.slice(0, 400),
      clientAddress: input.clientAddress.slice(0, 100),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + input.maxAgeHours * 3_600_000),
    },
    select: { id: true },
  });
  return session.id;
}

/** What every request checks: one read by primary key. */
export async function readSessionForRequest(id: string) {
  return prisma.session.findUnique({
    where: { id },
    select: { id: true, userId: true, endedAt: true, expiresAt: true, lastSeenAt: true, secondFactorAt: true },
  });
}

/**
 * Records activity at most once a minute per session, whatever the number of app instances or
 * concurrent requests: the condition on lastSeenAt makes every write but the first a no-op.
 */
export async function touchSession(id: string, now: Date): Promise<void> {
  await prisma.session.updateMany({
    where: { id, endedAt: null, lastSeenAt: { lte: new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS) } },
    data: { lastSeenAt: now },
  });
}

/** Logout: the person ends their own session; as unremarkable as the sign-in, so not audited. */
export async function endSession(id: string, reason: EndReason): Promise<void> {
  await prisma.session.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date(), endedReason: reason } });
}

/** Ends a user's open sessions (all, or all but one) inside the caller's transaction. */
export async function endUserSessions(
  tx: Tx,
  userId: string,
  reason: EndReason,
  options: { except?: string } = {},
): Promise<number> {
  const ended = await tx.session.updateMany({
    where: { userId, endedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { endedAt: new Date(), endedReason: reason },
  });
  return ended.count;
}

/** The person's sessions that may still be used, newest activity first. */
export async function listActiveSessions(userId: string, now: Date, idleMinutes: number) {
  return prisma.session.findMany({
    where: {
      userId,
      endedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - idleMinutes * 60_000) },
    },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, clientAddress: true, method: true },
  });
}

/** "Sign out everywhere", or ending one other session: the person's own choice, audited. */
export async function endOwnSessions(
  userId: string,
  target: { all: true } | { sessionId: string },
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const count =
      "all" in target
        ? await endUserSessions(tx, userId, "sign_out_everywhere")
        : (
            await tx.session.updateMany({
              where: { id: target.sessionId, userId, endedAt: null },
              data: { endedAt: new Date(), endedReason: "ended_by_owner" },
            })
          ).count;
    if (count > 0) {
      await recordAudit(tx, {
        actorId: userId,
        action: "all" in target ? "session.end_all" : "session.end",
        entityType: "user",
        entityId: userId,
        after: "all" in target ? { ended: count } : { sessionId: target.sessionId },
      });
    }
    return count;
  });
}

/** An administrator ends someone's sessions (a lost laptop, a departure). */
export async function adminEndSessions(userId: string, actorId: string): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!exists) return 0;
    const count = await endUserSessions(tx, userId, "admin");
    await recordAudit(tx, {
      actorId,
      action: "session.admin_end",
      entityType: "user",
      entityId: userId,
      after: { ended: count },
    });
    return count;
  });
}
