// From an outbox row to the mail that goes out: the recipient's language and zone, links to the
// item, the preferences page and a signed one-click unsubscribe for the kind (RFC 8058).
import type { Db } from "../prisma-client";
import { NOTIFICATION_KINDS, type NotificationKind } from "../domain/notification-kinds";
import { channelOf } from "../data/notification-delivery";
import { mailLocale, renderNotificationMail, type MailLinks } from "../mail/render";
import { renderDigestMail, type DigestPayload } from "../mail/digest-mail";
import { unsubscribeToken, type UnsubscribeTopic } from "../domain/unsubscribe-token";
import type { OutgoingMail } from "../mail/transport";
import { safeTimeZone } from "../domain/notification-schedule";
import { correctedCatalog } from "../i18n/corrected-catalog";
import { milestoneTitleIn, milestoneTitleSelect, titleIn, titleSelect } from "../data/content-texts";

export type ComposeSettings = { appUrl: string; secret: string | undefined; now: Date };

/** A row that will never be sent, with the reason the delivery log shows. */
export class NotSendable extends Error {}

type Row = { id: string; kind: string; userId: string | null; notificationId: string | null; payload: string };

export async function composeMail(db: Db, row: Row, settings: ComposeSettings): Promise<OutgoingMail> {
  const user = row.userId
    ? await db.user.findUnique({
        where: { id: row.userId },
        select: { id: true, email: true, name: true, locale: true, timeZone: true, active: true, digestFrequency: true },
      })
    : null;
  if (!user || !user.active) throw new NotSendable("not sent: the recipient's account is inactive or gone");
  const locale = mailLocale(user.locale);
  const timeZone = safeTimeZone(user.timeZone);
  const links = (topic: UnsubscribeTopic) => mailLinks(settings, user.id, topic);
  // In the recipient's language as administrators have corrected it (the in-app translation review).
  const messages = correctedCatalog(locale, await db.messageTranslation.findMany({ where: { locale }, select: { key: true, text: true } }));

  if (row.kind === "digest") {
    if (user.digestFrequency === "off") throw new NotSendable("not sent: the recipient turned the digest off");
    const digest = JSON.parse(row.payload) as DigestPayload;
    const rendered = renderDigestMail({ locale, timeZone, recipientName: user.name, appUrl: settings.appUrl, digest, links: links("digest"), messages });
    return envelope(row.id, user.email, rendered, links("digest"), settings.appUrl);
  }

  const notification = row.notificationId
    ? await db.notification.findUnique({
        where: { id: row.notificationId },
        include: { agreement: { select: { reference: true, ...titleSelect, lastUpdateAt: true, createdAt: true } }, actor: { select: { name: true } } },
      })
    : null;
  const kind = NOTIFICATION_KINDS.find((k) => k === notification?.kind);
  if (!notification || !kind) throw new NotSendable("not sent: the notification is gone");
  const prefs = await db.notificationPreference.findMany({ where: { userId: user.id } });
  const channels = new Map([[user.id, new Map(prefs.map((p) => [p.kind, p.channel]))]]);
  // Chosen after it was queued: the person's latest word wins (an unsubscribe stops queued mail too).
  if (channelOf(channels, user.id, kind) !== "immediate") throw new NotSendable(`not sent: the recipient no longer wants "${kind}" at once`);

  const milestoneRow = notification.milestoneId
    ? await db.milestone.findUnique({ where: { id: notification.milestoneId }, select: { ...milestoneTitleSelect, dueDate: true } })
    : null;
  // The milestone's title in the recipient's language, else its original's.
  const milestone = milestoneRow && { title: milestoneTitleIn(milestoneRow, locale), dueDate: milestoneRow.dueDate };
  const data = parseData(notification.data);
  const rendered = renderNotificationMail({
    locale,
    timeZone,
    recipientName: user.name,
    kind,
    actorName: notification.actor?.name ?? null,
    // The agreement's title in the recipient's language, else its original's.
    agreement: notification.agreement && { ...notification.agreement, title: titleIn(notification.agreement, locale) },
    milestone,
    status: typeof data.status === "string" ? data.status : typeof data.to === "string" ? data.to : null,
    since: notification.agreement ? (notification.agreement.lastUpdateAt ?? null) : null,
    itemUrl: itemUrl(settings.appUrl, kind, notification),
    links: links(kind),
    messages,
  });
  return envelope(row.id, user.email, rendered, links(kind), settings.appUrl);
}

function itemUrl(
  appUrl: string,
  kind: NotificationKind,
  n: { agreement: { reference: string } | null; milestoneId: string | null; commentId: string | null },
): string {
  if (!n.agreement) return `${appUrl}/`;
  const base = `${appUrl}/agreements/${encodeURIComponent(n.agreement.reference)}`;
  if (n.commentId && (kind === "mention" || kind === "comment")) return `${base}#comment-${n.commentId}`;
  if (n.milestoneId) return `${base}#milestone-${n.milestoneId}`;
  return base;
}

export function mailLinks(settings: ComposeSettings, userId: string, topic: UnsubscribeTopic): MailLinks {
  return {
    preferencesUrl: `${settings.appUrl}/account/notifications`,
    unsubscribeUrl: settings.secret
      ? `${settings.appUrl}/api/unsubscribe?token=${encodeURIComponent(unsubscribeToken(settings.secret, userId, topic, settings.now))}`
      : null,
  };
}

function envelope(outboxId: string, to: string, rendered: { subject: string; text: string; html: string }, links: MailLinks, appUrl: string): OutgoingMail {
  const headers: Record<string, string> = { "Auto-Submitted": "auto-generated", "X-Accord-Outbox-Id": outboxId };
  if (links.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${links.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return { to, ...rendered, messageId: `<outbox-${outboxId}@${new URL(appUrl).hostname || "accord"}>`, headers };
}

function parseData(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
