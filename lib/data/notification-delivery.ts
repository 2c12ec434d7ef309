import { randomUUID } from "node:crypto";
import type { Tx } from "../prisma-client";
import {
  DEFAULT_EMAIL_CHANNEL,
  NOTIFICATION_KINDS,
  type EmailChannel,
  type NotificationKind,
} from "../domain/notification-kinds";

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  agreementId?: string | null;
  milestoneId?: string | null;
  commentId?: string | null;
  /** Who caused it; null for reminders the worker computes. */
  actorId?: string | null;
  data?: Record<string, unknown>;
  /** For computed reminders: one notification per key, ever (a second run finds it taken). */
  dedupeKey?: string | null;
};

/**
 * The one way a notification is written, always inside the transaction of the change that causes
 * it (or of the worker's reminder run): the in-app row, and for each recipient whose e-mail choice
 * for that kind is "immediate", an outbox row the worker delivers. Nobody is notified of their own
 * action; inactive accounts get nothing; a recipient listed twice for one kind gets one; a dedupe
 * key already used is skipped. Returns the notifications written.
 */
export async function recordNotifications(tx: Tx, candidates: readonly NewNotification[]) {
  const wanted = uniqueByRecipient(candidates.filter((n) => n.userId !== n.actorId));
  if (wanted.length === 0) return [];

  const userIds = [...new Set(wanted.map((n) => n.userId))];
  const active = new Set(
    (await tx.user.findMany({ where: { id: { in: userIds }, active: true }, select: { id: true } })).map((u) => u.id),
  );
  const keys = wanted.map((n) => n.dedupeKey).filter((k): k is string => Boolean(k));
  const taken = new Set(
    keys.length === 0
      ? []
      : (await tx.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map(
          (n) => n.dedupeKey,
        ),
  );
  const rows = wanted.filter((n) => active.has(n.userId) && !(n.dedupeKey && taken.has(n.dedupeKey)));
  if (rows.length === 0) return [];

  // Two statements however many recipients (a comment on an agreement with 50 followers must not
  // cost 100 round trips inside the save's transaction): ids are made here so that the outbox rows
  // can name their notification without reading it back.
  const channels = await emailChannels(tx, [...new Set(rows.map((n) => n.userId))]);
  const createdAt = new Date();
  const written = rows.map((n) => ({
    // 32 hex digits: the same alphabet as the cuids of other rows, which entityId() accepts in URLs.
    id: randomUUID().replaceAll("-", ""),
    userId: n.userId,
    kind: n.kind,
    agreementId: n.agreementId ?? null,
    milestoneId: n.milestoneId ?? null,
    commentId: n.commentId ?? null,
    actorId: n.actorId ?? null,
    data: JSON.stringify(n.data ?? {}),
    dedupeKey: n.dedupeKey ?? null,
    createdAt,
    readAt: null,
  }));
  for (const chunk of chunks(written)) await tx.notification.createMany({ data: chunk });
  const mails = written.filter((n) => channelOf(channels, n.userId, n.kind) === "immediate");
  if (mails.length > 0) {
    for (const chunk of chunks(mails)) {
      await tx.outboxMessage.createMany({
        data: chunk.map((n) => ({
          channel: "email",
          kind: "notification",
          userId: n.userId,
          notificationId: n.id,
          agreementId: n.agreementId,
          dedupeKey: `email:notification:${n.id}`,
        })),
      });
    }
  }
  return written;
}

/** Bound values per statement stay well under SQLite's limit (32,766) whatever the recipient count. */
const CHUNK = 500;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

type Channels = Map<string, Map<string, string>>;

/** Every recipient's explicit choices, in one query (no query per recipient). */
async function emailChannels(tx: Tx, userIds: readonly string[]): Promise<Channels> {
  const prefs = await tx.notificationPreference.findMany({ where: { userId: { in: [...userIds] } } });
  const out: Channels = new Map();
  for (const p of prefs) {
    if (!out.has(p.userId)) out.set(p.userId, new Map());
    out.get(p.userId)!.set(p.kind, p.channel);
  }
  return out;
}

export function channelOf(channels: Channels, userId: string, kind: NotificationKind): EmailChannel {
  const chosen = channels.get(userId)?.get(kind);
  return chosen === "immediate" || chosen === "digest" || chosen === "off" ? chosen : DEFAULT_EMAIL_CHANNEL[kind];
}

/** One notification per recipient and kind for one change (e.g. mentioned and following: both kinds stay). */
function uniqueByRecipient(candidates: readonly NewNotification[]): NewNotification[] {
  const seen = new Set<string>();
  return candidates.filter((n) => {
    if (!NOTIFICATION_KINDS.includes(n.kind)) return false;
    const key = `${n.userId}\u0000${n.kind}\u0000${n.dedupeKey ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
