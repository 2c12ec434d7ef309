import "server-only";
import type { Tx } from "../prisma-client";
import type { Actor } from "../domain/permissions";
import { ALERT_STATUSES } from "../domain/notification-kinds";
import { activeFollowerIds } from "./followers";
import { recordNotifications } from "./notification-delivery";

/** An alert when the agreement newly turns at risk, delayed or suspended; otherwise a routine update. */
export function statusUpdateKind(before: string, after: string): "status_alert" | "status_update" {
  return before !== after && (ALERT_STATUSES as readonly string[]).includes(after) ? "status_alert" : "status_update";
}

/**
 * Tells the agreement's followers of a status update, inside the update's transaction (the form,
 * the API and bulk updates all pass through appendStatusUpdate, and so through here).
 */
export async function notifyStatusUpdate(
  tx: Tx,
  actor: Actor,
  agreement: { id: string; status: string; progress: number },
  after: { status: string; progress: number; statusUpdateId: string },
) {
  const followers = await activeFollowerIds(tx, agreement.id);
  if (followers.length === 0) return;
  const found = await tx.agreement.findUnique({ where: { id: agreement.id }, select: { reference: true, title: true } });
  const kind = statusUpdateKind(agreement.status, after.status);
  await recordNotifications(
    tx,
    followers.map((userId) => ({
      userId,
      kind,
      agreementId: agreement.id,
      actorId: actor.id,
      data: {
        reference: found?.reference ?? "",
        title: found?.title ?? "",
        statusBefore: agreement.status,
        statusAfter: after.status,
        progressBefore: agreement.progress,
        progressAfter: after.progress,
        statusUpdateId: after.statusUpdateId,
      },
    })),
  );
}
