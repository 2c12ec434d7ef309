import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getToken } from "next-auth/jwt";
import { env } from "../env";
import { readSessionUser, type CurrentUser } from "../data/session-user";
import { can, type AgreementScope, type Permission } from "../domain/permissions";

/**
 * The signed-in user, checked against the database on every request (by the data revision: their
 * row is read again whenever anything audited changed), so that a deactivated account or a changed
 * role takes effect at once rather than when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId();
  if (!id) return null;
  return readSessionUser(id);
});

/** For pages: the user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the user if allowed, otherwise the 403 page. */
export async function requirePermission(
  permission: Permission,
  agreement?: AgreementScope,
): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission, agreement)) forbidden();
  return user;
}

/**
 * The user id in the request's session cookie, if the cookie is genuine and unexpired. Auth.js
 * wrote it at sign-in (lib/auth/config.ts); reading it is a decryption with the same secret and
 * cookie name, which is what `auth()` does too, without the session endpoint's round trip that
 * would also re-encrypt a refreshed cookie a page render cannot send anyway.
 */
async function sessionUserId(): Promise<string | null> {
  const requestHeaders = await headers();
  const secureCookie = (requestHeaders.get("cookie") ?? "").includes("__Secure-authjs.session-token");
  const token = await getToken({ req: { headers: requestHeaders }, secret: env().AUTH_SECRET, secureCookie });
  return typeof token?.sub === "string" && token.sub ? token.sub : null;
}
