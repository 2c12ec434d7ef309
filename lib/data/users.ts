import "server-only";
import { prisma } from "../db";
import { hashPassword } from "../domain/password-hash";
import type { CreateUserInput } from "../validations/user";
import { recordAudit } from "./audit";
import { newPasswordProblem } from "./password-policy";
import { endUserSessions } from "./sessions";

export class UserDataError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function createUser(input: CreateUserInput, actorId: string | null) {
  if (input.role === "editor" && !input.organizationId) {
    throw new UserDataError("validation.editorNeedsOrganization", "organizationId");
  }
  const problem = await newPasswordProblem(input.password, input);
  if (problem) throw new UserDataError(problem, "password");
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new UserDataError("validation.emailTaken", "email");
    }
    if (input.organizationId && !(await tx.organization.findUnique({ where: { id: input.organizationId } }))) {
      throw new UserDataError("validation.unknownOrganization", "organizationId");
    }
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        organizationId: input.organizationId,
        passwordHash,
      },
    });
    await recordAudit(tx, {
      actorId,
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, organizationId: user.organizationId },
    });
    return user;
  });
}

/** The account behind a sign-in attempt (lib/auth/authenticate.ts checks the password). */
export async function findUserForSignIn(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, active: true, role: true, passwordHash: true, totpEnabledAt: true } });
}

export async function findOrganizationByName(nameOrShortName: string) {
  const needle = nameOrShortName.trim();
  return prisma.organization.findFirst({
    where: { OR: [{ name: needle }, { shortName: needle }, { id: needle }] },
  });
}

export async function listUsers(now = new Date()) {
  return prisma.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    include: {
      organization: { select: { name: true } },
      _count: { select: { sessions: { where: { endedAt: null, expiresAt: { gt: now } } } } },
    },
  });
}

/**
 * Role, organization and activation. Refuses to leave the system without an active admin, and
 * bumps the version so a concurrent edit of the same user is refused rather than overwritten.
 */
export async function updateUser(
  input: { userId: string; version: number; name: string; role: string; organizationId: string | null; active: boolean },
  actorId: string,
) {
  if (input.role === "editor" && !input.organizationId) {
    throw new UserDataError("validation.editorNeedsOrganization", "organizationId");
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId } });
    if (!before) throw new UserDataError("errors.notFound");
    const losesAdmin = before.role === "admin" && before.active && (input.role !== "admin" || !input.active);
    if (losesAdmin) {
      const otherAdmins = await tx.user.count({ where: { role: "admin", active: true, id: { not: before.id } } });
      if (otherAdmins === 0) throw new UserDataError("validation.lastAdmin", input.active ? "role" : "active");
    }
    if (input.organizationId && !(await tx.organization.findUnique({ where: { id: input.organizationId } }))) {
      throw new UserDataError("validation.unknownOrganization", "organizationId");
    }
    const swapped = await tx.user.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        name: input.name,
        role: input.role,
        organizationId: input.organizationId,
        active: input.active,
        version: { increment: 1 },
      },
    });
    if (swapped.count === 0) throw new UserDataError("validation.userChanged");
    // A deactivated person is refused on their next request anyway (lib/data/session-user.ts);
    // ending the rows as well keeps a later reactivation from reviving old cookies.
    if (before.active && !input.active) await endUserSessions(tx, before.id, "deactivated");
    const view = (u: { name: string; role: string; organizationId: string | null; active: boolean }) => ({
      name: u.name,
      role: u.role,
      organizationId: u.organizationId,
      active: u.active,
    });
    await recordAudit(tx, {
      actorId,
      action: before.active && !input.active ? "user.deactivate" : "user.update",
      entityType: "user",
      entityId: before.id,
      before: view(before),
      after: view(input),
    });
  });
}
