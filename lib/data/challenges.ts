import "server-only";
import type { z } from "zod";
import { prisma } from "../db";
import type { Actor } from "../auth/permissions";
import { ActionError } from "../errors";
import type { challengeEditSchema, challengeFieldsSchema } from "../validations/challenge";
import { recordAudit } from "./audit";

const nameTaken = () => new ActionError("errors.invalidInput", 400, undefined, { name: ["validation.challengeNameTaken"] });

export async function listAllChallenges() {
  return prisma.challenge.findMany({
    orderBy: { sortOrder: "asc" },
    include: { _count: { select: { assessments: { where: { severity: { not: "none" } } } } } },
  });
}

/** A new challenge starts at "none" on every agreement until someone assesses it. */
export async function createChallenge(input: z.infer<typeof challengeFieldsSchema>, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    if (await tx.challenge.findUnique({ where: { name: input.name } })) throw nameTaken();
    const last = await tx.challenge.aggregate({ _max: { sortOrder: true } });
    const challenge = await tx.challenge.create({
      data: { name: input.name, description: input.description, sortOrder: (last._max.sortOrder ?? 0) + 1 },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "challenge.create",
      entityType: "challenge",
      entityId: challenge.id,
      after: { name: challenge.name, description: challenge.description },
    });
    return challenge;
  });
}

export async function updateChallenge(input: z.infer<typeof challengeEditSchema>, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.challenge.findUnique({ where: { id: input.challengeId } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const clash = await tx.challenge.findUnique({ where: { name: input.name } });
    if (clash && clash.id !== before.id) throw nameTaken();
    const after = await tx.challenge.update({
      where: { id: before.id },
      data: { name: input.name, description: input.description },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "challenge.update",
      entityType: "challenge",
      entityId: before.id,
      before: { name: before.name, description: before.description },
      after: { name: after.name, description: after.description },
    });
    return after;
  });
}
