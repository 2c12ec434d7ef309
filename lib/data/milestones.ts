import "server-only";
import type { z } from "zod";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import { nextMilestoneDue } from "../domain/rollups";
import { originalLanguage, plannedTexts } from "../i18n/content-text";
import type { Locale } from "../i18n/locales";
import type {
  milestoneCompleteSchema,
  milestoneCreateSchema,
  milestoneEditSchema,
  milestoneReopenSchema,
} from "../validations/tracking";
import { recordAudit } from "./audit";
import { requireTrackable } from "./agreement-write-permission";
import { staleError } from "./stale-save";
import { eligibleOwner } from "./owners";
import { autoFollow } from "./followers";
import { recordWebhookEvents } from "./webhooks";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const view = (m: { title: string; dueDate: Date; doneDate: Date | null; evidence: string; ownerId: string | null }) => ({
  title: m.title,
  ownerId: m.ownerId,
  dueDate: m.dueDate.toISOString().slice(0, 10),
  doneDate: m.doneDate?.toISOString().slice(0, 10) ?? null,
  evidence: m.evidence,
});

/** Keeps the table's "next milestone" column in step, in the same transaction. */
async function refreshNextDue(tx: Tx, agreementId: string) {
  const milestones = await tx.milestone.findMany({ where: { agreementId }, select: { dueDate: true, doneDate: true } });
  await tx.agreement.update({ where: { id: agreementId }, data: { nextMilestoneDue: nextMilestoneDue(milestones) } });
}

type TitleTexts = Partial<Record<Locale, { title?: string }>>;

/**
 * Writes the milestone's title in its other languages, in the transaction of its change, and
 * returns the audit's changes named with their language ("title.kk"). Absent: left as they are.
 */
async function writeTitleTexts(tx: Tx, milestone: { id: string; language: string }, wanted: TitleTexts | undefined) {
  if (!wanted) return { before: {}, after: {} };
  const existing = await tx.milestoneText.findMany({ where: { milestoneId: milestone.id }, select: { locale: true, title: true, needsReview: true } });
  const plan = plannedTexts(originalLanguage(milestone.language), ["title"], "title", existing, wanted);
  if (plan.remove.length) await tx.milestoneText.deleteMany({ where: { milestoneId: milestone.id, locale: { in: plan.remove } } });
  for (const { locale, title, needsReview } of plan.write) {
    await tx.milestoneText.upsert({
      where: { milestoneId_locale: { milestoneId: milestone.id, locale } },
      create: { milestoneId: milestone.id, locale, title, needsReview },
      update: { title, needsReview, note: "" },
    });
  }
  return { before: plan.before, after: plan.after };
}

/** The milestone, only if it belongs to that agreement (an id from elsewhere is refused). */
async function milestoneOf(tx: Tx, agreementId: string, milestoneId: string) {
  const milestone = await tx.milestone.findFirst({ where: { id: milestoneId, agreementId } });
  if (!milestone) throw new ActionError("validation.milestoneNotInAgreement", 404);
  return milestone;
}

export async function addMilestone(input: z.infer<typeof milestoneCreateSchema>, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const agreement = await requireTrackable(tx, actor, input.agreementId);
    const ownerId = await eligibleOwner(tx, agreement, input.ownerId || null);
    const m = await tx.milestone.create({
      data: { agreementId: input.agreementId, title: input.title, language: input.language, dueDate: day(input.dueDate), ownerId },
    });
    const texts = await writeTitleTexts(tx, m, input.texts);
    if (ownerId) await autoFollow(tx, agreement.id, ownerId, "milestone_owner");
    await refreshNextDue(tx, input.agreementId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "milestone.create",
      entityType: "milestone",
      entityId: m.id,
      agreementId: input.agreementId,
      after: { ...view(m), language: m.language, ...texts.after },
    });
    return m;
  });
}

type Change = { doneDate?: Date | null; evidence?: string; title?: string; dueDate?: Date };

async function changeMilestone(
  actor: Actor,
  input: { agreementId: string; milestoneId: string; version: number },
  action: string,
  change: (before: { doneDate: Date | null }) => Change,
  /** A new responsible person ("" clears); undefined leaves the owner as it is. */
  owner?: string,
  /** The title in other languages; undefined leaves them as they are. */
  titleTexts?: TitleTexts,
) {
  return prisma.$transaction(async (tx) => {
    const agreement = await requireTrackable(tx, actor, input.agreementId);
    const before = await milestoneOf(tx, input.agreementId, input.milestoneId);
    if (before.version !== input.version) throw await staleError(tx, { entityId: before.id });
    const ownerId = owner === undefined ? before.ownerId : await eligibleOwner(tx, agreement, owner || null);
    const swapped = await tx.milestone.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...change(before), ownerId, version: { increment: 1 } },
    });
    if (ownerId && ownerId !== before.ownerId) await autoFollow(tx, agreement.id, ownerId, "milestone_owner");
    if (swapped.count === 0) throw await staleError(tx, { entityId: before.id });
    const texts = await writeTitleTexts(tx, before, titleTexts);
    const after = await tx.milestone.findUniqueOrThrow({ where: { id: before.id } });
    await refreshNextDue(tx, input.agreementId);
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entityType: "milestone",
      entityId: before.id,
      agreementId: input.agreementId,
      before: { ...view(before), ...texts.before },
      after: { ...view(after), ...texts.after },
    });
    if (action === "milestone.complete") {
      await recordWebhookEvents(tx, [
        {
          type: "milestone.completed",
          agreementId: input.agreementId,
          data: { milestone: { id: after.id, ...view(after) } },
          actorId: actor.id,
        },
      ]);
    }
    return after;
  });
}

export const editMilestone = (input: z.infer<typeof milestoneEditSchema>, actor: Actor) =>
  changeMilestone(actor, input, "milestone.update", () => ({ title: input.title, dueDate: day(input.dueDate) }), input.ownerId, input.texts);

export const completeMilestone = (input: z.infer<typeof milestoneCompleteSchema>, actor: Actor) =>
  changeMilestone(actor, input, "milestone.complete", (before) => {
    if (before.doneDate) throw new ActionError("tracking.milestone.alreadyDone", 409);
    return { doneDate: day(input.doneDate), evidence: input.evidence };
  });

export const reopenMilestone = (input: z.infer<typeof milestoneReopenSchema>, actor: Actor) =>
  changeMilestone(actor, input, "milestone.reopen", (before) => {
    if (!before.doneDate) throw new ActionError("tracking.milestone.notDone", 409);
    return { doneDate: null };
  });
