// Claiming and settling outbox rows. A row is claimed with a lease (compare-and-swap through
// updateMany on the lease columns: portable to SQLite and PostgreSQL, no row locks), sent, then
// marked sent. Two workers never hold the same row; a worker killed between send and mark leaves a
// lease that expires, and the row is sent again with the same Message-ID (at-least-once, the best
// SMTP allows: receivers and mail clients can drop the duplicate by that id).
import type { Db } from "../prisma-client";

/** Longer than any send can take (SMTP timeouts in lib/mail/transport.ts), so a live lease is never stolen. */
export const LEASE_MS = 5 * 60_000;
/** Wait before the 2nd, 3rd... attempt; after the last one the row is failed. */
export const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const;
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;

export type Channel = "email" | "webhook";

const due = (now: Date, channel: Channel) => ({
  channel,
  status: "pending",
  nextAttemptAt: { lte: now },
  OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
  // A paused endpoint's deliveries wait in the queue.
  ...(channel === "webhook" ? { webhookEndpoint: { is: { pausedAt: null } } } : {}),
});

/** Candidates looked at per claimed row: webhook rows waiting behind an earlier one are skipped. */
const WEBHOOK_LOOKAHEAD = 10;

/**
 * Up to `limit` due rows, each leased to `owner`; rows another worker took meanwhile are skipped.
 * Webhooks go in order per endpoint and agreement: a row is only claimed when no earlier one of the
 * same endpoint and agreement is still pending (being sent, or waiting for its retry). A row that
 * finally failed no longer holds the later ones back.
 */
export async function claimDue(db: Db, owner: string, now: Date, limit: number, channel: Channel = "email"): Promise<string[]> {
  const candidates = await db.outboxMessage.findMany({
    where: due(now, channel),
    orderBy: channel === "webhook" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ nextAttemptAt: "asc" }, { id: "asc" }],
    select: { id: true, createdAt: true, webhookEndpointId: true, agreementId: true },
    take: channel === "webhook" ? limit * WEBHOOK_LOOKAHEAD : limit,
  });
  const claimed: string[] = [];
  for (const row of candidates) {
    if (claimed.length >= limit) break;
    if (channel === "webhook" && row.agreementId && (await waitsBehindEarlier(db, row))) continue;
    const won = await db.outboxMessage.updateMany({
      where: { id: row.id, ...due(now, channel) },
      data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + LEASE_MS) },
    });
    if (won.count === 1) claimed.push(row.id);
  }
  return claimed;
}

async function waitsBehindEarlier(db: Db, row: { id: string; createdAt: Date; webhookEndpointId: string | null; agreementId: string | null }) {
  const earlier = await db.outboxMessage.findFirst({
    where: {
      channel: "webhook",
      webhookEndpointId: row.webhookEndpointId,
      agreementId: row.agreementId,
      status: "pending",
      OR: [{ createdAt: { lt: row.createdAt } }, { createdAt: row.createdAt, id: { lt: row.id } }],
    },
    select: { id: true },
  });
  return earlier !== null;
}

/** Only the lease holder settles a row: a worker whose lease expired and was taken over changes nothing. */
const held = (id: string, owner: string) => ({ id, leaseOwner: owner, status: "pending" });

/** What a webhook receiver answered, kept for the deliveries list. */
export type Answer = { status: number; body: string } | null;
const answer = (response: Answer | undefined) =>
  response === undefined ? {} : { responseStatus: response?.status ?? null, responseBody: response?.body ?? "" };

export async function markSent(db: Db, id: string, owner: string, now: Date, response?: Answer): Promise<boolean> {
  const r = await db.outboxMessage.updateMany({
    where: held(id, owner),
    data: { status: "sent", sentAt: now, attempts: { increment: 1 }, leaseOwner: null, leaseUntil: null, lastError: "", ...answer(response) },
  });
  return r.count === 1;
}

/** Records the server's answer and schedules the next attempt, or gives up. */
export async function markFailed(
  db: Db,
  id: string,
  owner: string,
  now: Date,
  error: { message: string; permanent: boolean; response?: Answer },
  backoff: readonly number[] = BACKOFF_MS,
): Promise<"retry" | "failed" | "lost"> {
  const row = await db.outboxMessage.findFirst({ where: held(id, owner), select: { attempts: true } });
  if (!row) return "lost";
  const attempts = row.attempts + 1;
  const giveUp = error.permanent || attempts > backoff.length;
  const r = await db.outboxMessage.updateMany({
    where: held(id, owner),
    data: {
      attempts,
      status: giveUp ? "failed" : "pending",
      lastError: error.message.slice(0, 1000),
      nextAttemptAt: giveUp ? now : new Date(now.getTime() + backoff[attempts - 1]!),
      leaseOwner: null,
      leaseUntil: null,
      ...answer(error.response),
    },
  });
  if (r.count !== 1) return "lost";
  return giveUp ? "failed" : "retry";
}

/** Gives a row back without counting an attempt (mail off, or the worker stopping). */
export async function release(db: Db, id: string, owner: string): Promise<void> {
  await db.outboxMessage.updateMany({ where: held(id, owner), data: { leaseOwner: null, leaseUntil: null } });
}
