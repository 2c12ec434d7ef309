import { createHash, randomBytes } from "node:crypto";
import { API_TOKEN_MAX_DAYS, type ApiTokenScope } from "./api-token-options";

// Pure rules of the /api/v1 credentials. A token is `accord_` + 43 base64url characters (256 random
// bits): the prefix lets secret scanners and people recognise it; the entropy makes a plain SHA-256
// a safe thing to store (there is no dictionary to try), so a lookup is one indexed equality.

export const API_TOKEN_PREFIX = "accord_";
const SECRET_PATTERN = /^accord_[A-Za-z0-9_-]{43}$/;
export function newApiTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What lists show of a token: enough to match it against the one in a configuration file. */
export function apiTokenHint(secret: string): string {
  return secret.slice(0, API_TOKEN_PREFIX.length + 4);
}

export type BearerParse =
  | { ok: true; secret: string }
  | { ok: false; reason: "missing" | "malformed" };

/** Reads `Authorization: Bearer accord_...`; anything else is missing or malformed, never a guess. */
export function parseBearer(header: string | null): BearerParse {
  if (header === null || header.trim() === "") return { ok: false, reason: "missing" };
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match) return { ok: false, reason: "malformed" };
  const secret = match[1] as string;
  return SECRET_PATTERN.test(secret) ? { ok: true, secret } : { ok: false, reason: "malformed" };
}

export type StoredToken = { expiresAt: Date; revokedAt: Date | null };
export type TokenRefusal = "revoked" | "expired";

/** Revoked wins over expired: it is the more deliberate of the two and the one to report. */
export function tokenRefusal(token: StoredToken, now: Date): TokenRefusal | null {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return null;
}

export function tokenExpiry(days: number, now: Date): Date {
  const clamped = Math.min(Math.max(1, Math.floor(days)), API_TOKEN_MAX_DAYS);
  return new Date(now.getTime() + clamped * 86_400_000);
}

/** A read token reads; writes need read_write as well as the role's permission. */
export function scopeAllows(scope: ApiTokenScope, write: boolean): boolean {
  return !write || scope === "read_write";
}
