import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notification-kinds";

/** What an unsubscribe link can turn off: one notification kind, or the digest. */
export type UnsubscribeTopic = NotificationKind | "digest";
export const UNSUBSCRIBE_TOPICS: readonly UnsubscribeTopic[] = [...NOTIFICATION_KINDS, "digest"];

export const UNSUBSCRIBE_VALID_DAYS = 90;

// A key of its own, derived from AUTH_SECRET: a token of one purpose never verifies as another's.
const keyOf = (secret: string) => createHmac("sha256", secret).update("accord:unsubscribe:v1").digest();

const sign = (secret: string, body: string) => createHmac("sha256", keyOf(secret)).update(body).digest("base64url");

/** `<userId>.<topic>.<expires, unix seconds>.<HMAC-SHA256 of those>`, URL-safe. */
export function unsubscribeToken(secret: string, userId: string, topic: UnsubscribeTopic, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_VALID_DAYS * 86_400;
  const body = `${userId}.${topic}.${expires}`;
  return `${body}.${sign(secret, body)}`;
}

export type TokenCheck =
  | { ok: true; userId: string; topic: UnsubscribeTopic }
  | { ok: false; reason: "invalid" | "expired" };

export function verifyUnsubscribeToken(secret: string, token: string, now = new Date()): TokenCheck {
  const parts = token.split(".");
  if (parts.length !== 4) return { ok: false, reason: "invalid" };
  const [userId, topic, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(secret, `${userId}.${topic}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  const known = UNSUBSCRIBE_TOPICS.find((t) => t === topic);
  if (!known || !/^\d+$/.test(expires) || !/^[A-Za-z0-9_-]+$/.test(userId)) return { ok: false, reason: "invalid" };
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, userId, topic: known };
}
