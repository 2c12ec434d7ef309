import "server-only";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import { progressRuleErrors } from "../domain/progress-rule";
import { worstSeverityIndex } from "../domain/rollups";
import type { StatusUpdateInput } from "../validations/tracking";
import { recordAudit } from "./audit";
import { requireTrackable } from "./agreement-write-permission";
import { staleError } from "./stale-save";
import { CHALLENGE_ORDER } from "./challenge-order";
import { notifyStatusUpdate } from "./status-notifications";
import { recordWebhookEvents } from "./webhooks";

/**
 * Appends a status update: the new status, progress and every challenge's assessment at this
 * moment. The agreement's current state is updated in the same transaction, guarded by the
 * version the form was based on, so a stale form never overwrites a newer update.
 */
export async function postStatusUpdate(input: StatusUpdateInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const agreement = await requireTrackable(tx, actor, input.agreementId);
    if (agreement.version !== input.version) throw await staleError(tx, { agreementId: agreement.id });
    return appendStatusUpdate(tx, actor, agreement, input);
  });
}

type Change = Pick<StatusUpdateInput, "status" | "progress" | "note" | "assessments">;

/**
 * The write shared by the form, the API and bulk updates: checks the progress rule, snapshots
 * every challenge (given assessments replace the current ones), moves the current state with a
 * compare-and-swap on the version, and records the audit event. Call inside a transaction after
 * the permission check.
 */
export async function appendStatusUpdate(
  tx: Tx,
  actor: Actor,
  agreement: { id: string; version: number; status: string; progress: number },
  input: Change,
) {
  // Its few milestones by its own index, the open ones counted here: a count of "doneDate = NULL"
  // drew SQLite to the index of every open milestone in the portfolio (lib/data/export-record.ts).
  const openMilestones = (await tx.milestone.findMany({ where: { agreementId: agreement.id }, select: { doneDate: true } })).filter((m) => m.doneDate === null).length;
  const ruleErrors = progressRuleErrors({ status: input.status, progress: input.progress, openMilestones });
  if (Object.keys(ruleErrors).length > 0) {
    throw new ActionError(
      "errors.invalidInput",
      400,
      undefined,
      Object.fromEntries(Object.entries(ruleErrors).map(([field, key]) => [field, [key]])),
    );
  }

  const challenges = await tx.challenge.findMany({ where: { archivedAt: null }, orderBy: CHALLENGE_ORDER });
  const known = new Set(challenges.map((c) => c.id));
  const unknown = input.assessments.find((a) => !known.has(a.challengeId));
  if (unknown) {
    // Most likely archived by an admin while this form was open: say so, and keep the input.
    const archived = await tx.challenge.findUnique({ where: { id: unknown.challengeId }, select: { name: true } });
    if (archived) throw new ActionError("validation.challengeArchived", 409, { name: archived.name });
    throw new ActionError("validation.unknownChallenge", 400);
  }

  const current = new Map(
    (await tx.challengeAssessment.findMany({ where: { agreementId: agreement.id } })).map((a) => [a.challengeId, a]),
  );
  const given = new Map(input.assessments.map((a) => [a.challengeId, a]));
  const snapshot = challenges.map((c) => {
    const before = current.get(c.id);
    const after = given.get(c.id) ?? {
      severity: before?.severity ?? "none",
      note: before?.note ?? "",
      mitigation: before?.mitigation ?? "",
    };
    const changed =
      !before || before.severity !== after.severity || before.note !== after.note || before.mitigation !== after.mitigation;
    return { challengeId: c.id, ...pick(after), severityBefore: before?.severity ?? null, changed };
  });

  const now = new Date();
  const swapped = await tx.agreement.updateMany({
    where: { id: agreement.id, version: agreement.version },
    data: {
      status: input.status,
      progress: input.progress,
      lastUpdateAt: now,
      lastUpdateById: actor.id,
      worstSeverity: worstSeverityIndex(snapshot.map((s) => s.severity)),
      version: { increment: 1 },
    },
  });
  if (swapped.count === 0) throw await staleError(tx, { agreementId: agreement.id });

  for (const s of snapshot.filter((s) => s.changed)) {
    await tx.challengeAssessment.upsert({
      where: { agreementId_challengeId: { agreementId: agreement.id, challengeId: s.challengeId } },
      create: { agreementId: agreement.id, challengeId: s.challengeId, ...pick(s), assessedById: actor.id, assessedAt: now },
      update: { ...pick(s), assessedById: actor.id, assessedAt: now },
    });
  }
  const update = await tx.statusUpdate.create({
    data: {
      agreementId: agreement.id,
      authorId: actor.id,
      createdAt: now,
      statusBefore: agreement.status,
      statusAfter: input.status,
      progressBefore: agreement.progress,
      progressAfter: input.progress,
      note: input.note,
      assessments: { create: snapshot },
    },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "status.update",
    entityType: "status_update",
    entityId: update.id,
    agreementId: agreement.id,
    before: { status: agreement.status, progress: agreement.progress },
    after: {
      status: input.status,
      progress: input.progress,
      note: input.note,
      assessments: snapshot
        .filter((s) => s.changed)
        .map((s) => ({ challengeId: s.challengeId, severity: s.severity, severityBefore: s.severityBefore })),
    },
  });
  await notifyStatusUpdate(tx, actor, agreement, { status: input.status, progress: input.progress, statusUpdateId: update.id });
  if (agreement.status !== input.status || agreement.progress !== input.progress) {
    await recordWebhookEvents(tx, [
      {
        type: "status.changed",
        agreementId: agreement.id,
        data: {
          statusUpdateId: update.id,
          status: { before: agreement.status, after: input.status },
          progress: { before: agreement.progress, after: input.progress },
          note: input.note,
        },
        actorId: actor.id,
      },
    ], now);
  }
  return update;
}

const pick = (a: { severity: string; note: string; mitigation: string }) => ({
  severity: a.severity,
  note: a.note,
  mitigation: a.mitigation,
});
