import "server-only";
import type { z } from "zod";
import { prisma } from "../db";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import type { Tx } from "../prisma-client";
import { worstSeverityIndex } from "../domain/rollups";
import type { challengeArchiveSchema, challengeEditSchema, challengeFieldsSchema, challengeMoveSchema } from "../validations/challenge";
import { recordAudit } from "./audit";
import { CHALLENGE_ORDER } from "./challenge-order";
import { plannedTexts, type TextsPlan } from "../i18n/content-text";

const TEXT_FIELDS = ["name", "description"] as const;

/** Writes a plan's rows of ChallengeText, in the transaction of the challenge's change. */
async function writeTexts(tx: Tx, challengeId: string, plan: TextsPlan<(typeof TEXT_FIELDS)[number]>) {
  if (plan.remove.length) await tx.challengeText.deleteMany({ where: { challengeId, locale: { in: plan.remove } } });
  for (const { locale, name, description, needsReview } of plan.write) {
    await tx.challengeText.upsert({
      where: { challengeId_locale: { challengeId, locale } },
      create: { challengeId, locale, name, description, needsReview },
      update: { name, description, needsReview, note: "" },
    });
  }
}

const nameTaken = () => new ActionError("errors.invalidInput", 400, undefined, { name: ["validation.challengeNameTaken"] });

export async function listAllChallenges() {
  return prisma.challenge.findMany({
    orderBy: CHALLENGE_ORDER,
    include: { texts: true, _count: { select: { assessments: { where: { severity: { not: "none" } } } } } },
  });
}

/** A new challenge starts at "none" on every agreement until someone assesses it. */
export async function createChallenge(input: z.infer<typeof challengeFieldsSchema>, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    if (await tx.challenge.findUnique({ where: { name: input.name } })) throw nameTaken();
    const last = await tx.challenge.aggregate({ _max: { sortOrder: true } });
    const texts = plannedTexts(input.language, TEXT_FIELDS, "name", [], input.texts);
    const challenge = await tx.challenge.create({
      data: {
        name: input.name,
        description: input.description,
        language: input.language,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
        texts: { create: texts.write },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "challenge.create",
      entityType: "challenge",
      entityId: challenge.id,
      after: { name: challenge.name, description: challenge.description, language: challenge.language, ...texts.after },
    });
    return challenge;
  });
}

export async function updateChallenge(input: z.infer<typeof challengeEditSchema>, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.challenge.findUnique({ where: { id: input.challengeId }, include: { texts: true } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const clash = await tx.challenge.findUnique({ where: { name: input.name } });
    if (clash && clash.id !== before.id) throw nameTaken();
    const texts = plannedTexts(input.language, TEXT_FIELDS, "name", before.texts, input.texts);
    const after = await tx.challenge.update({
      where: { id: before.id },
      data: { name: input.name, description: input.description, language: input.language },
    });
    await writeTexts(tx, before.id, texts);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "challenge.update",
      entityType: "challenge",
      entityId: before.id,
      // The other languages' changes are named with their language: "name.kk".
      before: { name: before.name, description: before.description, language: before.language, ...texts.before },
      after: { name: after.name, description: after.description, language: after.language, ...texts.after },
    });
    return after;
  });
}

/**
 * Archives a challenge (it leaves the update forms, the agreement pages, the table's challenge
 * filter and its worst-severity column) or restores it. Assessments and history are kept, so a
 * restored challenge comes back with the assessments it had, at the end of the order. Asking for
 * the state it is already in changes nothing.
 */
export async function setChallengeArchived(input: z.infer<typeof challengeArchiveSchema>, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.challenge.findUnique({ where: { id: input.challengeId } });
    if (!before) throw new ActionError("errors.notFound", 404);
    if ((before.archivedAt !== null) === input.archived) return { changed: false, agreementsRecomputed: 0 };
    if (input.archived && (await tx.challenge.count({ where: { archivedAt: null } })) === 1) {
      throw new ActionError("admin.challenges.lastActive", 409);
    }
    const last = input.archived ? null : await tx.challenge.aggregate({ where: { archivedAt: null }, _max: { sortOrder: true } });
    await tx.challenge.update({
      where: { id: before.id },
      data: input.archived ? { archivedAt: new Date() } : { archivedAt: null, sortOrder: (last?._max.sortOrder ?? 0) + 1 },
    });
    const agreementsRecomputed = await recomputeWorstSeverity(tx, before.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.archived ? "challenge.archive" : "challenge.restore",
      entityType: "challenge",
      entityId: before.id,
      before: { archived: before.archivedAt !== null },
      after: { archived: input.archived, agreementsRecomputed },
    });
    return { changed: true, agreementsRecomputed };
  });
}

/**
 * Moves an active challenge one place up or down in the order every form, page, filter and the
 * dashboard's heat map follow. The active challenges are then numbered 1..n in the new order (only
 * the numbers that change are written), so ties left by older data go away. At either end there
 * is no place to move to, and nothing changes.
 */
export async function moveChallenge(input: z.infer<typeof challengeMoveSchema>, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const active = await tx.challenge.findMany({
      where: { archivedAt: null },
      orderBy: CHALLENGE_ORDER,
      select: { id: true, name: true, sortOrder: true },
    });
    const from = active.findIndex((c) => c.id === input.challengeId);
    if (from === -1) {
      const archived = await tx.challenge.findUnique({ where: { id: input.challengeId }, select: { id: true } });
      throw archived ? new ActionError("admin.challenges.archivedHasNoPlace", 409) : new ActionError("errors.notFound", 404);
    }
    const to = input.direction === "up" ? from - 1 : from + 1;
    const moved = active[from];
    if (to < 0 || to >= active.length) return { changed: false, name: moved.name, position: from + 1, count: active.length };
    const order = active.toSpliced(from, 1).toSpliced(to, 0, moved);
    for (const [index, c] of order.entries()) {
      if (c.sortOrder !== index + 1) await tx.challenge.update({ where: { id: c.id }, data: { sortOrder: index + 1 } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "challenge.move",
      entityType: "challenge",
      entityId: moved.id,
      before: { position: from + 1 },
      after: { position: to + 1 },
    });
    return { changed: true, name: moved.name, position: to + 1, count: active.length };
  });
}

/**
 * The table's worst-severity column is a rollup of each agreement's assessments of the active
 * challenges (lib/data/tracking.ts keeps it on every update). When a challenge leaves or rejoins
 * the active set, the agreements that assess it above "none" get it recomputed: one read of their
 * active assessments and one update per resulting value, whatever the number of agreements.
 */
async function recomputeWorstSeverity(tx: Tx, challengeId: string): Promise<number> {
  const affected = await tx.challengeAssessment.findMany({
    where: { challengeId, severity: { not: "none" } },
    select: { agreementId: true },
  });
  const ids = affected.map((a) => a.agreementId);
  if (ids.length === 0) return 0;
  const assessments = await tx.challengeAssessment.findMany({
    where: { agreementId: { in: ids }, challenge: { archivedAt: null } },
    select: { agreementId: true, severity: true },
  });
  const severities = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const a of assessments) severities.get(a.agreementId)?.push(a.severity);
  const byWorst = new Map<number, string[]>();
  for (const [id, list] of severities) {
    const worst = worstSeverityIndex(list);
    byWorst.set(worst, [...(byWorst.get(worst) ?? []), id]);
  }
  for (const [worstSeverity, agreementIds] of byWorst) {
    await tx.agreement.updateMany({ where: { id: { in: agreementIds } }, data: { worstSeverity } });
  }
  return ids.length;
}
