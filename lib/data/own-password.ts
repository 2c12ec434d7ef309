import "server-only";
import { prisma } from "../db";
import { hashPassword, verifyPassword } from "../domain/password-hash";
import { recordAudit } from "./audit";
import { endUserSessions } from "./sessions";

export type PasswordChangeResult = { ok: true; endedSessions: number } | { ok: false; reason: "wrong-current" };

/**
 * A person changes their own password: the current one is required (a session left open on a
 * shared computer must not be enough), and every other session ends, since whoever else knew the
 * old password may be signed in with it.
 */
export async function changeOwnPassword(
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<PasswordChangeResult> {
  const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return { ok: false, reason: "wrong-current" };
  }
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    await tx.user.update({
      where: { id: input.userId },
      data: { passwordHash, passwordChangedAt: now, version: { increment: 1 } },
    });
    const endedSessions = await endUserSessions(tx, input.userId, "password_change", { except: input.sessionId });
    await recordAudit(tx, {
      actorId: input.userId,
      action: "user.password_change",
      entityType: "user",
      entityId: input.userId,
      after: { endedSessions },
    });
    return { ok: true as const, endedSessions };
  });
}
