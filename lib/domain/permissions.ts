import type { Role } from "./vocabulary";

export const PERMISSIONS = [
  "agreement:read",
  "report:export",
  // Record status updates and milestones. Scoped: editors only on agreements their
  // organization leads or is a party to.
  "agreement:track",
  // Create and edit agreement fields, parties, lead; archive.
  "agreement:manage",
  "agreement:import",
  "challenge:manage",
  "user:manage",
  "audit:read",
  "view:share",
  // Take part in an agreement's discussion (comment, mention). Not organization-scoped: the
  // coordinating office and the other side's ministries discuss agreements they do not track.
  "agreement:comment",
  // Withdraw anyone's comment (authors may always withdraw their own).
  "comment:moderate",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  editor: ["agreement:read", "report:export", "agreement:track", "agreement:comment"],
  viewer: ["agreement:read", "report:export"],
};

/** Permissions that, for non-admins, also depend on the user's organization's role in the agreement. */
const ORGANIZATION_SCOPED: readonly Permission[] = ["agreement:track"];

export type Actor = { id: string; role: Role; organizationId: string | null };

/** What an agreement needs to expose for a permission check. */
export type AgreementScope = {
  leadOrganizationId: string;
  partyOrganizationIds: readonly string[];
  archivedAt?: Date | null;
};

export function involvesOrganization(agreement: AgreementScope, organizationId: string | null): boolean {
  if (!organizationId) return false;
  return (
    agreement.leadOrganizationId === organizationId ||
    agreement.partyOrganizationIds.includes(organizationId)
  );
}

export function can(actor: Actor, permission: Permission, agreement?: AgreementScope): boolean {
  if (!ROLE_PERMISSIONS[actor.role].includes(permission)) return false;
  if (!ORGANIZATION_SCOPED.includes(permission) || actor.role === "admin") return true;
  // A scoped permission without an agreement answers "could this user do it anywhere?".
  if (!agreement) return actor.organizationId !== null;
  if (agreement.archivedAt) return false;
  return involvesOrganization(agreement, actor.organizationId);
}

/** What can() needs from an agreement read with its parties. */
export function scopeOf(agreement: {
  leadOrganizationId: string;
  archivedAt: Date | null;
  parties: readonly { organizationId: string }[];
}): AgreementScope {
  return {
    leadOrganizationId: agreement.leadOrganizationId,
    partyOrganizationIds: agreement.parties.map((p) => p.organizationId),
    archivedAt: agreement.archivedAt,
  };
}

/** The roles that hold a permission at all (e.g. who may be mentioned: those who may read). */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/** The Prisma `where` fragment of the agreements an actor may track (scope writes in the query). */
export function trackableAgreementsWhere(actor: Actor) {
  if (actor.role === "admin") return { archivedAt: null };
  if (actor.role !== "editor" || !actor.organizationId) return { id: { in: [] as string[] } };
  const organizationId = actor.organizationId;
  return {
    archivedAt: null,
    OR: [{ leadOrganizationId: organizationId }, { parties: { some: { organizationId } } }],
  };
}
