import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { env } from "../env";
import { ActionError } from "../errors";
import { can, type Permission } from "../domain/permissions";
import { parseBearer, scopeAllows, tokenRefusal } from "../domain/api-token";
import type { ApiTokenScope } from "../domain/api-token-options";
import { FixedWindowLimiter } from "../domain/rate-window";
import { findApiToken, touchApiToken } from "../data/api-tokens";
import { readSessionUser, type CurrentUser } from "../data/session-user";
import { runWithApiToken } from "../data/audit";
import { withApiUser } from "./api";
import { fieldErrorsFromRecord, problem, problemResponse, zodFieldErrors, type Problem } from "./problem";

/** Who an /api/v1 request acts as, and through which token. */
export type ApiCaller = { user: CurrentUser; tokenId: string; scope: ApiTokenScope; lastUsedAt: Date | null };

type Handler<C> = (request: Request, caller: ApiCaller, context: C) => Promise<Response>;

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
let limiter: FixedWindowLimiter | null = null;
const rateLimiter = () => (limiter ??= new FixedWindowLimiter(env().API_RATE_LIMIT_PER_MINUTE, 60_000));

const unauthorized = (code: string, detail: string) =>
  problemResponse(problem(401, code, detail), { "WWW-Authenticate": `Bearer error="invalid_token", error_description="${detail}"` });

async function callerOf(request: Request, now: Date): Promise<ApiCaller | Response> {
  const bearer = parseBearer(request.headers.get("authorization"));
  if (!bearer.ok) {
    return bearer.reason === "missing"
      ? problemResponse(problem(401, "token_missing", "Send Authorization: Bearer <token>."), { "WWW-Authenticate": "Bearer" })
      : unauthorized("token_malformed", "The Authorization header is not a Bearer Accord token.");
  }
  const token = await findApiToken(bearer.secret);
  if (!token) return unauthorized("token_unknown", "No such token.");
  const refusal = tokenRefusal(token, now);
  if (refusal === "revoked") return unauthorized("token_revoked", "The token has been revoked.");
  if (refusal === "expired") return unauthorized("token_expired", "The token has expired.");
  const owner = await readSessionUser(token.userId);
  if (token.kind === "personal") {
    if (!owner) return unauthorized("token_owner_inactive", "The token's owner is no longer active.");
    return { user: owner, tokenId: token.id, scope: token.scope === "read_write" ? "read_write" : "read", lastUsedAt: token.lastUsedAt };
  }
  // A service token acts for its organization with an editor's rights, whatever its creator's role;
  // its writes are authored by the creator (the audit event names the token too).
  if (!token.organizationId) return unauthorized("token_unknown", "No such token.");
  const user: CurrentUser = {
    id: token.userId,
    role: "editor",
    organizationId: token.organizationId,
    organizationName: token.organization?.name ?? null,
    email: owner?.email ?? "",
    name: token.name,
    secondFactorEnabled: false,
  };
  return { user, tokenId: token.id, scope: token.scope === "read_write" ? "read_write" : "read", lastUsedAt: token.lastUsedAt };
}

/**
 * The one way an /api/v1 handler runs: Bearer token, rate limit, token scope, the role's
 * permission (the same map as the pages), then the handler, whose audited writes name the token.
 * Expected refusals from lib/data (ActionError) become problem details.
 */
export function withApiToken<C>(permission: Permission, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const now = new Date();
    const caller = await callerOf(request, now);
    if (caller instanceof Response) return caller;
    const rate = rateLimiter().take(caller.tokenId, now.getTime());
    if (!rate.allowed) {
      return problemResponse(problem(429, "rate_limited", "Too many requests for this token; retry later."), {
        "Retry-After": String(rate.retryAfterSeconds),
      });
    }
    if (!scopeAllows(caller.scope, WRITE_METHODS.has(request.method))) {
      return problemResponse(problem(403, "token_read_only", "This token may only read."));
    }
    if (!can(caller.user, permission)) return problemResponse(problem(403, "forbidden", `Missing permission ${permission}.`));
    await touchApiToken({ id: caller.tokenId, lastUsedAt: caller.lastUsedAt }, now);
    try {
      return await runWithApiToken(caller.tokenId, () => handler(request, caller, context));
    } catch (error) {
      if (error instanceof ApiBodyError) return problemResponse(error.problem);
      if (error instanceof ActionError) return actionProblem(error);
      throw error;
    }
  };
}

function actionProblem(error: ActionError): Response {
  const code = error.message;
  const extra: Record<string, unknown> = {};
  if (error.fieldErrors) extra.errors = fieldErrorsFromRecord(error.fieldErrors);
  if (code === "errors.stale" && error.values) {
    // Who made the change this write did not see, and when: enough to decide whether to re-read and retry.
    extra.changedBy = error.values.name;
    if (error.values.at) extra.changedAt = error.values.at;
    return problemResponse(problem(409, "stale_version", "The resource changed since the version this write is based on; read it again.", extra));
  }
  if (error.values) extra.values = error.values;
  return problemResponse(problem(error.status, code, undefined, extra));
}

class ApiBodyError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

export const API_BODY_LIMIT_BYTES = 64 * 1024;

/** Reads a JSON body of at most API_BODY_LIMIT_BYTES (counted as it streams) and parses it with zod. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new ApiBodyError(problem(415, "unsupported_media_type", "Send Content-Type: application/json."));
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > API_BODY_LIMIT_BYTES) throw new ApiBodyError(problem(413, "body_too_large", `At most ${API_BODY_LIMIT_BYTES} bytes.`));
  const text = await readLimited(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiBodyError(problem(400, "invalid_json", "The body is not JSON."));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiBodyError(problem(400, "invalid_input", "Some fields are invalid.", { errors: zodFieldErrors(parsed.error) }));
  return parsed.data;
}

async function readLimited(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > API_BODY_LIMIT_BYTES) {
      await reader.cancel();
      throw new ApiBodyError(problem(413, "body_too_large", `At most ${API_BODY_LIMIT_BYTES} bytes.`));
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A validation failure of query parameters or path, as the handler's 400. */
export function invalidInput(error: z.ZodError): never {
  throw new ApiBodyError(problem(400, "invalid_input", "Some parameters are invalid.", { errors: zodFieldErrors(error) }));
}

export function badRequest(code: string, detail: string): never {
  throw new ApiBodyError(problem(400, code, detail));
}

export function notFound(detail = "No such resource."): never {
  throw new ApiBodyError(problem(404, "not_found", detail));
}

/**
 * A JSON read with a weak ETag over its body: a client that sends it back in If-None-Match gets a
 * 304 without the body. Private: the body depends on who asks.
 */
export function jsonWithEtag(request: Request, body: unknown, status = 200): Response {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = { ETag: etag, "Cache-Control": "private, no-cache", Vary: "Authorization" };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((t) => t.trim() === etag || t.trim() === "*")) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status, headers: { ...headers, "Content-Type": "application/json" } });
}

export function jsonCreated(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status: 201, headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers } });
}

/** The version a write is based on: the body's, or If-Match ("3" or W/"v3"); neither is a 428. */
export function versionFrom(request: Request, bodyVersion: number | undefined): number {
  if (bodyVersion !== undefined) return bodyVersion;
  const match = /^(?:W\/)?"?v?(\d{1,9})"?$/.exec((request.headers.get("if-match") ?? "").trim());
  if (!match) throw new ApiBodyError(problem(428, "version_required", 'Send "version" in the body or If-Match: "<version>".'));
  return Number(match[1]);
}

/**
 * For downloads that BI tools refresh from a URL (Power Query, Excel): a Bearer token when the
 * request carries an Authorization header, otherwise the browser's session, as before.
 */
export function withSessionOrToken<C>(
  permission: Permission,
  handler: (request: Request, user: CurrentUser, context: C) => Promise<Response>,
) {
  const bySession = withApiUser(permission, handler);
  const byToken = withApiToken(permission, (request: Request, caller: ApiCaller, context: C) => handler(request, caller.user, context));
  return (request: Request, context: C): Promise<Response> =>
    request.headers.has("authorization") ? byToken(request, context) : bySession(request, context);
}
