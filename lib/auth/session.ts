import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { CurrentUser } from "../data/session-user";
import { can, type AgreementScope, type Permission } from "../domain/permissions";
import { resolveSession } from "./server-session";

/**
 * The signed-in user, checked against the database on every request: the session's row (ended,
 * expired, idle, second factor still owed: lib/auth/server-session.ts) and the user's row (by the
 * data revision: read again whenever anything audited changed), so that a logout, a deactivated
 * account or a changed role takes effect at once rather than when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await resolveSession();
  return session.state === "active" ? session.user : null;
});

/** For pages: the user, or a redirect to the login page (or to the second-factor step it owes). */
export async function requireUser(): Promise<CurrentUser> {
  const session = await resolveSession();
  if (session.state === "second-factor") redirect("/login/second-factor");
  if (session.state !== "active") redirect("/login");
  return session.user;
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
