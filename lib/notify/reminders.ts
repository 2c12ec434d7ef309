// Time-based reminders, computed by the worker and written through recordNotifications with dedupe
// keys: a second run (the same minute, the same day, or another worker at once) finds the keys
// taken and writes nothing twice. Paged in batches: statements grow with batches, not with people.
import type { Db, Tx } from "../prisma-client";
import { recordNotifications, type NewNotification } from "../data/notification-delivery";
import { MILESTONE_DUE_SOON_DAYS } from "../domain/notification-kinds";
import { startOfUtcDay } from "../domain/rollups";
import { staleWhere } from "../data/agreement-where";
import { utcDay } from "../domain/notification-schedule";

export const REMINDER_BATCH = 500;
const PARAMETER_CHUNK = 400;
const DAY_MS = 86_400_000;

export type ReminderCounts = { dueSoon: number; overdue: number; stale: number };

export async function computeReminders(db: Db, now: Date, staleAfterDays: number, batch = REMINDER_BATCH): Promise<ReminderCounts> {
  const today = startOfUtcDay(now);
  const dueSoon = await milestoneReminders(db, "milestone_due_soon", { gte: today, lt: new Date(today.getTime() + (MILESTONE_DUE_SOON_DAYS + 1) * DAY_MS) }, batch);
  // Only milestones that became overdue in the last week: the first run on an old database must
  // not mail every milestone ever missed (those are in the digest's "what you owe" anyway).
  const overdue = await milestoneReminders(db, "milestone_overdue", { gte: new Date(today.getTime() - MILESTONE_DUE_SOON_DAYS * DAY_MS), lt: today }, batch);
  const stale = await staleReminders(db, now, staleAfterDays, batch);
  return { dueSoon, overdue, stale };
}

async function milestoneReminders(
  db: Db,
  kind: "milestone_due_soon" | "milestone_overdue",
  dueDate: { gte: Date; lt: Date },
  batch: number,
): Promise<number> {
  let cursor: string | undefined;
  let written = 0;
  for (;;) {
    const page = await db.milestone.findMany({
      where: { ownerId: { not: null }, doneDate: null, dueDate, agreement: { archivedAt: null } },
      select: { id: true, agreementId: true, ownerId: true, dueDate: true },
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) return written;
    cursor = page[page.length - 1]!.id;
    const candidates: NewNotification[] = page.map((m) => ({
      userId: m.ownerId!,
      kind,
      agreementId: m.agreementId,
      milestoneId: m.id,
      data: { dueDate: utcDay(m.dueDate) },
      dedupeKey: `${kind}:${m.id}:${m.ownerId}:${utcDay(m.dueDate)}`,
    }));
    written += await writeBatch(db, candidates);
    if (page.length < batch) return written;
  }
}

/**
 * Stale agreements remind their focal points when the agreement names any (they answer for it),
 * otherwise the active editors of the organizations leading it or party to it.
 */
async function staleReminders(db: Db, now: Date, staleAfterDays: number, batch: number): Promise<number> {
  let cursor: string | undefined;
  let written = 0;
  for (;;) {
    const page = await db.agreement.findMany({
      where: { archivedAt: null, ...staleWhere({ now, staleAfterDays }) },
      select: {
        id: true,
        lastUpdateAt: true,
        createdAt: true,
        leadOrganizationId: true,
        parties: { select: { organizationId: true } },
        focalPoints: { select: { userId: true } },
      },
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) return written;
    cursor = page[page.length - 1]!.id;
    const organizationIds = [...new Set(page.flatMap((a) => [a.leadOrganizationId, ...a.parties.map((p) => p.organizationId)]))];
    const editors = await db.user.findMany({
      where: { role: "editor", active: true, organizationId: { in: organizationIds } },
      select: { id: true, organizationId: true },
    });
    const editorsOf = new Map<string, string[]>();
    for (const e of editors) editorsOf.set(e.organizationId!, [...(editorsOf.get(e.organizationId!) ?? []), e.id]);
    const candidates: NewNotification[] = page.flatMap((a) => {
      const since = (a.lastUpdateAt ?? a.createdAt).toISOString();
      const recipients =
        a.focalPoints.length > 0
          ? a.focalPoints.map((f) => f.userId)
          : [...new Set([a.leadOrganizationId, ...a.parties.map((p) => p.organizationId)].flatMap((o) => editorsOf.get(o) ?? []))];
      return recipients.map((userId) => ({
        userId,
        kind: "agreement_stale" as const,
        agreementId: a.id,
        data: { lastUpdateAt: a.lastUpdateAt?.toISOString() ?? null },
        dedupeKey: `agreement_stale:${a.id}:${userId}:${since}`,
      }));
    });
    written += await writeBatch(db, candidates);
    if (page.length < batch) return written;
  }
}

/**
 * One transaction per batch. Another worker writing the same keys at the same moment makes this
 * one fail on the unique key: its rows are then taken, so the batch is simply not written again.
 */
async function writeBatch(db: Db, candidates: NewNotification[]): Promise<number> {
  if (candidates.length === 0) return 0;
  try {
    return await db.$transaction(
      async (tx: Tx) => {
        // A stale agreement has several recipients: keep each statement's bound values (ids and
        // keys in IN lists) under SQLite's limit.
        let written = 0;
        for (let i = 0; i < candidates.length; i += PARAMETER_CHUNK) {
          written += (await recordNotifications(tx, candidates.slice(i, i + PARAMETER_CHUNK))).length;
        }
        return written;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return 0;
    throw error;
  }
}
