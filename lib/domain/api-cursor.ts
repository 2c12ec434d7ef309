import { createHmac, timingSafeEqual } from "node:crypto";

// The /api/v1 list cursor: where the previous page ended (its last row's sort value and reference,
// for keyset pagination) and a fingerprint of the filters and order it was made for. Signed with a
// key derived from AUTH_SECRET, so it is opaque to clients: a changed cursor, or one reused with
// other filters, is refused instead of silently skipping or repeating rows.

export type CursorValue = string | number | Date | null;
export type ListCursor = { value: CursorValue; reference: string; fingerprint: string };

const keyOf = (secret: string) => createHmac("sha256", secret).update("accord:api-cursor:v1").digest();
const sign = (secret: string, body: string) => createHmac("sha256", keyOf(secret)).update(body).digest("base64url");

type Wire = { v: string | number | null; d?: 1; r: string; f: string };

export function encodeCursor(secret: string, cursor: ListCursor): string {
  const wire: Wire =
    cursor.value instanceof Date
      ? { v: cursor.value.toISOString(), d: 1, r: cursor.reference, f: cursor.fingerprint }
      : { v: cursor.value, r: cursor.reference, f: cursor.fingerprint };
  const body = Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
  return `${body}.${sign(secret, body)}`;
}

export type CursorCheck = { ok: true; cursor: ListCursor } | { ok: false; reason: "invalid" | "other-query" };

export function decodeCursor(secret: string, token: string, fingerprint: string): CursorCheck {
  if (token.length > 1024) return { ok: false, reason: "invalid" };
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  let wire: unknown;
  try {
    wire = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (!isWire(wire)) return { ok: false, reason: "invalid" };
  if (wire.f !== fingerprint) return { ok: false, reason: "other-query" };
  const value = wire.d === 1 && typeof wire.v === "string" ? new Date(wire.v) : wire.v;
  if (value instanceof Date && Number.isNaN(value.getTime())) return { ok: false, reason: "invalid" };
  return { ok: true, cursor: { value, reference: wire.r, fingerprint: wire.f } };
}

function isWire(x: unknown): x is Wire {
  if (typeof x !== "object" || x === null) return false;
  const w = x as Record<string, unknown>;
  const v = w.v;
  return (
    (v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) &&
    (w.d === undefined || w.d === 1) &&
    typeof w.r === "string" &&
    typeof w.f === "string"
  );
}

/** The same filters and order give the same fingerprint, whatever the order of the parameters. */
export function queryFingerprint(parts: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.keys(parts).sort().map((k) => [k, parts[k]]));
  return createHmac("sha256", "accord:api-cursor:fingerprint").update(canonical).digest("base64url").slice(0, 16);
}
