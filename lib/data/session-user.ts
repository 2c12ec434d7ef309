import "server-only";
import { prisma } from "../db";
import { ROLES, type Role } from "../domain/vocabulary";
import type { Actor } from "../domain/permissions";
import { currentRevision, revisionCache } from "./revision-keyed-cache";

export type CurrentUser = Actor & {
  email: string;
  name: string;
  organizationName: string | null;
  /** TOTP set up and confirmed (lib/data/second-factor.ts). */
  secondFactorEnabled: boolean;
};

// Every change to a user (deactivation, role, organization, name) is audited and so moves the data
// revision: the next request of that person reads their row again, on every app instance.
const userCache = revisionCache<CurrentUser | null>({ maxEntries: 1024, maxAgeMs: Infinity });

/** The active user with this id as the session sees them, or null (deactivated, unknown role). */
export async function readSessionUser(id: string): Promise<CurrentUser | null> {
  return userCache.get(id, await currentRevision(), () => readUser(id));
}

async function readUser(id: string): Promise<CurrentUser | null> {
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
    secondFactorEnabled: user.totpEnabledAt !== null,
  };
}
