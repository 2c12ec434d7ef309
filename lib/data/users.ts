import "server-only";
import { prisma } from "../db";
import { hashPassword } from "../auth/password";
import type { CreateUserInput } from "../validations/user";
import { recordAudit } from "./audit";

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

export async function findOrganizationByName(nameOrShortName: string) {
  const needle = nameOrShortName.trim();
  return prisma.organization.findFirst({
    where: { OR: [{ name: needle }, { shortName: needle }, { id: needle }] },
  });
}
