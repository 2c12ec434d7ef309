import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { prisma } from "../db";
import { auth } from "./config";
import { ROLES, type Role } from "../domain/vocabulary";
import { can, type Actor, type AgreementScope, type Permission } from "./permissions";

export type CurrentUser = Actor & {
  email: string;
  name: string;
  organizationName: string | null;
};

/**
 * The signed-in user, read from the database on every request, so that a deactivated account or
 * a changed role takes effect at once rather than when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({ where: { id }, include: { organization: true } });
  if (!user || !user.active) return null;
  const role = ROLES.find((r) => r === user.role);
  if (!role) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: role satisfies Role,
    organizationId: user.organizationId,
    organizationName: user.organization?.name ?? null,
  };
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
