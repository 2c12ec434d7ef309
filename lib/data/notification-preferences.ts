import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { DEFAULT_EMAIL_CHANNEL, NOTIFICATION_KINDS, type EmailChannel, type NotificationKind } from "../domain/notification-kinds";
import type { NotificationPreferencesInput } from "../validations/notification-preferences";
import { verifyUnsubscribeToken, type UnsubscribeTopic } from "../domain/unsubscribe-token";
import { mailMode } from "../domain/mail-mode";
import { safeTimeZone } from "../domain/notification-schedule";
import { recordAudit } from "./audit";

export type NotificationSettings = {
  channels: Record<NotificationKind, EmailChannel>;
  digestFrequency: NotificationPreferencesInput["digestFrequency"];
  timeZone: string;
};

export async function getNotificationSettings(userId: string): Promise<NotificationSettings> {
  const [user, prefs] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { digestFrequency: true, timeZone: true } }),
    prisma.notificationPreference.findMany({ where: { userId } }),
  ]);
  const channels = { ...DEFAULT_EMAIL_CHANNEL };
  for (const p of prefs) {
    const kind = NOTIFICATION_KINDS.find((k) => k === p.kind);
    if (kind && (p.channel === "immediate" || p.channel === "digest" || p.channel === "off")) channels[kind] = p.channel;
  }
  const frequency = user.digestFrequency === "daily" || user.digestFrequency === "off" ? user.digestFrequency : "weekly";
  return { channels, digestFrequency: frequency, timeZone: safeTimeZone(user.timeZone) };
}

/** Whether and how this instance sends mail, for the pages that must say so. */
export function mailStatus(): { mode: "smtp" | "file" | "off"; dir: string | null } {
  const e = env();
  return { mode: mailMode(e), dir: e.MAIL_DIR ?? null };
}

/** A person's own choices; audited with what they were before. */
export async function saveNotificationSettings(userId: string, input: NotificationPreferencesInput): Promise<void> {
  const before = await getNotificationSettings(userId);
  await prisma.$transaction(async (tx) => {
    for (const kind of NOTIFICATION_KINDS) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, channel: input.channels[kind] },
        update: { channel: input.channels[kind] },
      });
    }
    await tx.user.update({ where: { id: userId }, data: { digestFrequency: input.digestFrequency, timeZone: input.timeZone } });
    await recordAudit(tx, {
      actorId: userId,
      action: "notification_preferences.update",
      entityType: "user",
      entityId: userId,
      before,
      after: input,
    });
  });
}

export type UnsubscribeCheck =
  | { ok: true; userId: string; email: string; topic: UnsubscribeTopic }
  | { ok: false; reason: "invalid" | "expired" | "unavailable" };

/** What a link would do, without doing it (the confirmation page). */
export async function checkUnsubscribe(token: string, now = new Date()): Promise<UnsubscribeCheck> {
  const secret = env().AUTH_SECRET;
  if (!secret) return { ok: false, reason: "unavailable" };
  const check = verifyUnsubscribeToken(secret, token, now);
  if (!check.ok) return check;
  const user = await prisma.user.findUnique({ where: { id: check.userId }, select: { email: true, active: true } });
  if (!user) return { ok: false, reason: "invalid" };
  return { ok: true, userId: check.userId, email: user.email, topic: check.topic };
}

/**
 * The one-click unsubscribe (RFC 8058): no session, the signed token is the authority, and it can
 * only turn one kind of mail off for the person it names. A bad token changes nothing.
 */
export async function unsubscribe(token: string, now = new Date()): Promise<UnsubscribeCheck> {
  const check = await checkUnsubscribe(token, now);
  if (!check.ok) return check;
  const { userId, topic } = check;
  // A repeated click (or a mail client retrying the one-click POST) finds the mail already off:
  // nothing is written, so the audit log holds one event per real change.
  await prisma.$transaction(async (tx) => {
    if (topic === "digest") {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { digestFrequency: true } });
      if (user.digestFrequency === "off") return;
      await tx.user.update({ where: { id: userId }, data: { digestFrequency: "off" } });
    } else {
      const current = await tx.notificationPreference.findUnique({ where: { userId_kind: { userId, kind: topic } } });
      if (current?.channel === "off") return;
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind: topic } },
        create: { userId, kind: topic, channel: "off" },
        update: { channel: "off" },
      });
    }
    await recordAudit(tx, {
      actorId: userId,
      action: "notification_preferences.unsubscribe",
      entityType: "user",
      entityId: userId,
      after: { topic, via: "unsubscribe link" },
    });
  });
  return check;
}
