import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  apiTokenHint,
  hashApiTokenSecret,
  newApiTokenSecret,
  parseBearer,
  scopeAllows,
  tokenExpiry,
  tokenRefusal,
} from "@/lib/domain/api-token";
import { API_TOKEN_MAX_DAYS } from "@/lib/domain/api-token-options";
import { decodeCursor, encodeCursor, queryFingerprint } from "@/lib/domain/api-cursor";
import { FixedWindowLimiter } from "@/lib/domain/rate-window";
import { problem, zodFieldErrors } from "@/lib/auth/problem";
import { pageLimit, statusUpdateBody, API_PAGE_SIZE_MAX } from "@/lib/validations/api-v1";
import { apiV1Document } from "@/lib/validations/api-v1-openapi";

const SECRET = "x".repeat(40);

describe("API tokens", () => {
  it("are the prefix and 43 base64url characters, different every time", () => {
    const a = newApiTokenSecret();
    expect(a).toMatch(/^accord_[A-Za-z0-9_-]{43}$/);
    expect(newApiTokenSecret()).not.toBe(a);
  });

  it("are stored as their SHA-256, and the hint is only the start", () => {
    const secret = newApiTokenSecret();
    expect(hashApiTokenSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiTokenSecret(secret)).toBe(hashApiTokenSecret(secret));
    expect(hashApiTokenSecret(secret)).not.toContain(secret.slice(7));
    expect(apiTokenHint(secret)).toBe(secret.slice(0, 11));
  });

  it("parses Bearer headers and tells missing from malformed", () => {
    const secret = newApiTokenSecret();
    expect(parseBearer(`Bearer ${secret}`)).toEqual({ ok: true, secret });
    expect(parseBearer(`bearer ${secret}`)).toEqual({ ok: true, secret });
    expect(parseBearer(null)).toEqual({ ok: false, reason: "missing" });
    expect(parseBearer("")).toEqual({ ok: false, reason: "missing" });
    expect(parseBearer(`Basic ${secret}`)).toEqual({ ok: false, reason: "malformed" });
    expect(parseBearer("Bearer accord_short")).toEqual({ ok: false, reason: "malformed" });
    expect(parseBearer(`Bearer ${secret}x`)).toEqual({ ok: false, reason: "malformed" });
    expect(parseBearer(`Bearer ${secret} extra`)).toEqual({ ok: false, reason: "malformed" });
    expect(parseBearer(`Bearer other_${secret.slice(7)}`)).toEqual({ ok: false, reason: "malformed" });
  });

  it("refuses revoked before expired, and expires at the instant", () => {
    const now = new Date("2026-12-06T00:00:00Z");
    expect(tokenRefusal({ expiresAt: new Date("2026-12-07T00:00:00Z"), revokedAt: null }, now)).toBeNull();
    expect(tokenRefusal({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(tokenRefusal({ expiresAt: new Date("2026-01-01T00:00:00Z"), revokedAt: now }, now)).toBe("revoked");
  });

  it("never lives more than a year, and read tokens never write", () => {
    const now = new Date("2026-12-06T00:00:00Z");
    expect(tokenExpiry(10_000, now).getTime() - now.getTime()).toBe(API_TOKEN_MAX_DAYS * 86_400_000);
    expect(scopeAllows("read", false)).toBe(true);
    expect(scopeAllows("read", true)).toBe(false);
    expect(scopeAllows("read_write", true)).toBe(true);
  });
});

describe("list cursors", () => {
  const fingerprint = queryFingerprint({ sort: "title", dir: "asc", status: ["on_track"] });

  it("round-trip strings, numbers, dates and null", () => {
    for (const value of ["Ab", 42, new Date("2026-01-02T03:04:05.000Z"), null]) {
      const token = encodeCursor(SECRET, { value, reference: "AZ-KZ-1", fingerprint });
      expect(decodeCursor(SECRET, token, fingerprint)).toEqual({ ok: true, cursor: { value, reference: "AZ-KZ-1", fingerprint } });
    }
  });

  it("refuse a changed cursor, another key's, or one made for other filters", () => {
    const token = encodeCursor(SECRET, { value: "Ab", reference: "AZ-KZ-1", fingerprint });
    const [body, signature] = token.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ v: "Zz", r: "AZ-KZ-9", f: fingerprint })).toString("base64url");
    expect(decodeCursor(SECRET, `${forged}.${signature}`, fingerprint)).toEqual({ ok: false, reason: "invalid" });
    expect(decodeCursor(SECRET, `${body}.${signature.slice(1)}A`, fingerprint).ok).toBe(false);
    expect(decodeCursor("y".repeat(40), token, fingerprint)).toEqual({ ok: false, reason: "invalid" });
    expect(decodeCursor(SECRET, "garbage", fingerprint)).toEqual({ ok: false, reason: "invalid" });
    expect(decodeCursor(SECRET, `${token}.x`, fingerprint)).toEqual({ ok: false, reason: "invalid" });
    const other = queryFingerprint({ sort: "title", dir: "desc", status: ["on_track"] });
    expect(decodeCursor(SECRET, token, other)).toEqual({ ok: false, reason: "other-query" });
  });

  it("fingerprint the same query the same whatever the key order", () => {
    expect(queryFingerprint({ a: 1, b: [2] })).toBe(queryFingerprint({ b: [2], a: 1 }));
    expect(queryFingerprint({ a: 1 })).not.toBe(queryFingerprint({ a: 2 }));
  });
});

describe("rate window", () => {
  it("allows the limit per window, then says when to retry", () => {
    const limiter = new FixedWindowLimiter(2, 60_000);
    expect(limiter.take("t", 0).allowed).toBe(true);
    expect(limiter.take("t", 1_000).allowed).toBe(true);
    expect(limiter.take("t", 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take("other", 15_000).allowed).toBe(true);
    expect(limiter.take("t", 60_000).allowed).toBe(true);
  });
});

describe("problem details and bodies", () => {
  it("have type, title, status and code", () => {
    expect(problem(401, "token_expired", "The token has expired.")).toEqual({
      type: "urn:accord:problem:token_expired",
      title: "Unauthorized",
      status: 401,
      code: "token_expired",
      detail: "The token has expired.",
    });
  });

  it("name each unknown body field, and each invalid one", () => {
    const parsed = statusUpdateBody.safeParse({ status: "on_track", progress: 500, note: "", assessments: [], colour: "red", extra: 1 });
    expect(parsed.success).toBe(false);
    const errors = zodFieldErrors((parsed as { error: z.ZodError }).error);
    expect(errors).toContainEqual({ field: "colour", code: "unknown_field" });
    expect(errors).toContainEqual({ field: "extra", code: "unknown_field" });
    expect(errors).toContainEqual({ field: "progress", code: "validation.progress" });
  });

  it("cap the page size instead of refusing a million", () => {
    expect(pageLimit.parse("1000000")).toBe(API_PAGE_SIZE_MAX);
    expect(pageLimit.parse("0")).toBe(1);
    expect(pageLimit.parse("junk")).toBe(50);
    expect(pageLimit.parse(undefined)).toBe(50);
  });
});

describe("the OpenAPI document", () => {
  it("is 3.1, documents every endpoint and refuses unknown body fields", () => {
    const doc = apiV1Document() as unknown as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { additionalProperties?: boolean }> } };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/agreements",
        "/agreements/{reference}",
        "/agreements/{reference}/comments",
        "/agreements/{reference}/history",
        "/agreements/{reference}/milestones",
        "/agreements/{reference}/milestones/{milestoneId}/complete",
        "/agreements/{reference}/milestones/{milestoneId}/reopen",
        "/agreements/{reference}/status-updates",
        "/challenges",
        "/organizations",
        "/visits",
      ].sort(),
    );
    expect(doc.components.schemas.StatusUpdateInput?.additionalProperties).toBe(false);
  });
});
