// Webhook events no change causes: a milestone that became overdue. Computed by the worker each
// round and queued through recordWebhookEvents with a key per milestone and due date, so a second
// round (or a second worker) queues nothing twice; a new due date that passes is a new event.
import type { Db } from "../prisma-client";
import { recordWebhookEvents, type WebhookEventInput } from "../data/webhooks";
import { MILESTONE_DUE_SOON_DAYS } from "../domain/notification-kinds";
import { startOfUtcDay } from "../domain/rollups";
import { utcDay } from "../domain/notification-schedule";

const DAY_MS = 86_400_000;
const BATCH = 500;

export async function computeOverdueWebhookEvents(db: Db, now: Date, batch = BATCH): Promise<number> {
  // Nothing to compute unless some endpoint listens (checked on the JSON text: one cheap query).
  const listening = await db.webhookEndpoint.count({ where: { events: { contains: '"milestone.overdue"' } } });
  if (listening === 0) return 0;
  const today = startOfUtcDay(now);
  // As for the reminders: only milestones that became overdue in the last week, so that the first
  // round after an endpoint is registered does not replay every milestone ever missed.
  const dueDate = { gte: new Date(today.getTime() - MILESTONE_DUE_SOON_DAYS * DAY_MS), lt: today };
  let cursor: string | undefined;
  let queued = 0;
  for (;;) {
    const page = await db.milestone.findMany({
      where: { doneDate: null, dueDate, agreement: { archivedAt: null } },
      select: { id: true, agreementId: true, title: true, dueDate: true, owner: { select: { name: true } } },
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) return queued;
    cursor = page[page.length - 1]!.id;
    const events: WebhookEventInput[] = page.map((m) => ({
      type: "milestone.overdue",
      agreementId: m.agreementId,
      data: { milestone: { id: m.id, title: m.title, dueDate: utcDay(m.dueDate), owner: m.owner?.name ?? null } },
      dedupeKey: `milestone.overdue:${m.id}:${utcDay(m.dueDate)}`,
    }));
    try {
      queued += await db.$transaction((tx) => recordWebhookEvents(tx, events, now), { timeout: 60_000 });
    } catch (error) {
      // Another worker queued the same keys at the same moment: they are queued, once.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
    if (page.length < batch) return queued;
  }
}
