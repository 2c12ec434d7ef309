import "server-only";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import { recordAudit } from "./audit";

export type FollowReason = "manual" | "milestone_owner" | "focal_point";

/** The people following an agreement now (an explicit unfollow keeps its row, with unfollowedAt). */
export async function activeFollowerIds(tx: Tx, agreementId: string): Promise<string[]> {
  const rows = await tx.agreementFollower.findMany({
    where: { agreementId, unfollowedAt: null, user: { active: true } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/**
 * Owners and focal points follow the agreement from the moment they are named, unless they once
 * unfollowed it: that choice sticks (the row stays, with unfollowedAt) and is not undone here.
 */
export async function autoFollow(tx: Tx, agreementId: string, userId: string, reason: Exclude<FollowReason, "manual">) {
  const existing = await tx.agreementFollower.findUnique({ where: { agreementId_userId: { agreementId, userId } } });
  if (existing) return;
  await tx.agreementFollower.create({ data: { agreementId, userId, reason } });
}

/** Follow or unfollow by hand; audited like every other write. */
export async function setFollowing(agreementId: string, follow: boolean, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const agreement = await tx.agreement.findUnique({ where: { id: agreementId }, select: { id: true } });
    if (!agreement) throw new ActionError("errors.notFound", 404);
    const key = { agreementId_userId: { agreementId, userId: actor.id } };
    const before = await tx.agreementFollower.findUnique({ where: key });
    const wasFollowing = Boolean(before && !before.unfollowedAt);
    if (wasFollowing === follow) return;
    if (follow) {
      await tx.agreementFollower.upsert({
        where: key,
        create: { agreementId, userId: actor.id, reason: "manual" },
        update: { unfollowedAt: null, reason: "manual" },
      });
    } else {
      await tx.agreementFollower.update({ where: key, data: { unfollowedAt: new Date() } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: follow ? "agreement.follow" : "agreement.unfollow",
      entityType: "follower",
      entityId: `${agreementId}:${actor.id}`,
      agreementId,
      before: { following: wasFollowing },
      after: { following: follow },
    });
  });
}

export async function followState(agreementId: string, userId: string) {
  const [count, mine] = await Promise.all([
    prisma.agreementFollower.count({ where: { agreementId, unfollowedAt: null, user: { active: true } } }),
    prisma.agreementFollower.findUnique({ where: { agreementId_userId: { agreementId, userId } }, select: { unfollowedAt: true } }),
  ]);
  return { count, following: Boolean(mine && !mine.unfollowedAt) };
}
