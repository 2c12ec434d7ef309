import "server-only";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import { recordAudit } from "./audit";
import { requireTrackable } from "./agreement-write-permission";
import { autoFollow } from "./followers";

export const FOCAL_SIDES = ["AZ", "KZ"] as const;
export type FocalSide = (typeof FOCAL_SIDES)[number];

type Involved = { leadOrganizationId: string; parties: readonly { organizationId: string }[] };
const organizationsOf = (a: Involved) => [...new Set([a.leadOrganizationId, ...a.parties.map((p) => p.organizationId)])];

/** Who may own a milestone: active people of the agreement's lead organization or parties. */
export async function ownerCandidates(agreement: Involved) {
  return prisma.user.findMany({
    where: { active: true, organizationId: { in: organizationsOf(agreement) } },
    select: { id: true, name: true, organization: { select: { shortName: true, name: true } } },
    orderBy: { name: "asc" },
  });
}

/** The owner to store (null clears), refused with a field message unless eligible. */
export async function eligibleOwner(tx: Tx, agreement: Involved, ownerId: string | null): Promise<string | null> {
  if (!ownerId) return null;
  const user = await tx.user.findFirst({
    where: { id: ownerId, active: true, organizationId: { in: organizationsOf(agreement) } },
    select: { id: true },
  });
  if (!user) throw new ActionError("owners.notEligible", 400, undefined, { ownerId: ["owners.notEligible"] });
  return user.id;
}

/** Who may be a side's focal point: active people of any organization of that country. */
export async function focalCandidates(side: FocalSide) {
  return prisma.user.findMany({
    where: { active: true, organization: { country: side } },
    select: { id: true, name: true, organization: { select: { shortName: true, name: true } } },
    orderBy: { name: "asc" },
  });
}

/** Names (or clears) a side's focal point; they follow the agreement unless they once unfollowed it. */
export async function setFocalPoint(input: { agreementId: string; side: FocalSide; userId: string | null }, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const agreement = await requireTrackable(tx, actor, input.agreementId);
    const key = { agreementId_side: { agreementId: agreement.id, side: input.side } };
    const before = await tx.agreementFocalPoint.findUnique({ where: key });
    if ((before?.userId ?? null) === input.userId) return;
    if (input.userId) {
      const eligible = await tx.user.findFirst({
        where: { id: input.userId, active: true, organization: { country: input.side } },
        select: { id: true },
      });
      if (!eligible) throw new ActionError("owners.focalNotEligible", 400, undefined, { userId: ["owners.focalNotEligible"] });
      await tx.agreementFocalPoint.upsert({
        where: key,
        create: { agreementId: agreement.id, side: input.side, userId: input.userId },
        update: { userId: input.userId },
      });
      await autoFollow(tx, agreement.id, input.userId, "focal_point");
    } else {
      await tx.agreementFocalPoint.delete({ where: key });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agreement.focal_point",
      entityType: "focal_point",
      entityId: `${agreement.id}:${input.side}`,
      agreementId: agreement.id,
      before: { side: input.side, userId: before?.userId ?? null },
      after: { side: input.side, userId: input.userId },
    });
  });
}

export async function focalPointsOf(agreementId: string) {
  const rows = await prisma.agreementFocalPoint.findMany({
    where: { agreementId },
    select: { side: true, user: { select: { id: true, name: true } } },
  });
  return new Map(rows.map((r) => [r.side, r.user]));
}
