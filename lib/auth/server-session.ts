import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getToken } from "next-auth/jwt";
import { env } from "../env";
import { readSessionUser, type CurrentUser } from "../data/session-user";
import { createSession, readSessionForRequest, touchSession, type SessionMethod } from "../data/sessions";
import { secondFactorOwed, sessionRefusal, shouldTouch } from "../domain/session-rules";
import { clientAddressFrom } from "./client-address";

export type RequestSession =
  | { state: "none" }
  | { state: "active"; sessionId: string; user: CurrentUser }
  /** Signed in with the password, but the second factor is still owed: only /login/second-factor. */
  | { state: "second-factor"; sessionId: string; user: CurrentUser; mode: "verify" | "setup" };

const NONE: RequestSession = { state: "none" };

/**
 * The request's session, checked against its row on every request: not ended (logout, "sign out
 * everywhere", an administrator), not past its absolute lifetime, not idle too long. A cookie
 * copied before any of these is refused from then on. One read by primary key, plus the user's
 * row from the revision-keyed cache; activity is written at most once a minute.
 */
export const resolveSession = cache(async (): Promise<RequestSession> => {
  const token = await sessionToken();
  const userId = typeof token?.sub === "string" ? token.sub : "";
  const sessionId = typeof token?.sid === "string" ? token.sid : "";
  // A cookie from before sessions had rows carries no sid: it no longer signs anyone in.
  if (!userId || !sessionId) return NONE;
  const [row, user] = await Promise.all([readSessionForRequest(sessionId), readSessionUser(userId)]);
  if (!row || !user || row.userId !== userId) return NONE;
  const now = new Date();
  const settings = env();
  if (sessionRefusal(row, now, settings.SESSION_IDLE_MINUTES)) return NONE;
  if (shouldTouch(row.lastSeenAt, now)) await touchSession(row.id, now);
  if (secondFactorOwed(row, user, settings.REQUIRE_2FA)) {
    return { state: "second-factor", sessionId, user, mode: user.secondFactorEnabled ? "verify" : "setup" };
  }
  return { state: "active", sessionId, user };
});

/** The current session's id when it is usable (for "this session" and "end the others"). */
export async function currentSessionId(): Promise<string | null> {
  const session = await resolveSession();
  return session.state === "active" ? session.sessionId : null;
}

/**
 * Called by Auth.js when a sign-in succeeds, whichever the provider: the row whose id the cookie
 * will carry.
 */
export async function startSession(userId: string, method: SessionMethod): Promise<string> {
  const requestHeaders = await headers();
  return createSession({
    userId,
    method,
    userAgent: requestHeaders.get("user-agent") ?? "",
    clientAddress: clientAddressFrom(requestHeaders),
    maxAgeHours: env().SESSION_MAX_AGE_HOURS,
  });
}

/** The session id in a decoded Auth.js token (for the sign-out event). */
export function sessionIdOf(token: Record<string, unknown> | null | undefined): string | null {
  return typeof token?.sid === "string" && token.sid ? token.sid : null;
}

/**
 * The request's session cookie, if genuine. Auth.js wrote it at sign-in (lib/auth/config.ts);
 * reading it is a decryption with the same secret and cookie name, which is what `auth()` does too,
 * without the session endpoint's round trip that would also re-encrypt a refreshed cookie a page
 * render cannot send anyway.
 */
async function sessionToken() {
  const requestHeaders = await headers();
  const secureCookie = (requestHeaders.get("cookie") ?? "").includes("__Secure-authjs.session-token");
  return getToken({ req: { headers: requestHeaders }, secret: env().AUTH_SECRET, secureCookie });
}
