import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import { hashPassword } from "../domain/password-hash";
import { ssoDecision, type SsoRefusal } from "../domain/sign-in-methods";
import { recordAudit } from "./audit";
import { recordSignInAttempt } from "./sign-in-attempts";

export type SsoIdentity = { email: string; emailVerified: boolean; name: string; subject: string };
export type SsoResult = { kind: "ok"; userId: string } | { kind: "refused"; reason: SsoRefusal };

/**
 * The Accord user an identity provider's answer signs in (rule: lib/domain/sign-in-methods.ts),
 * recording the attempt. A refusal writes nothing else; a created viewer is audited.
 */
export async function resolveSsoUser(
  identity: SsoIdentity,
  options: { createUsers: "off" | "viewer"; clientAddress: string },
): Promise<SsoResult> {
  const email = identity.email.trim().toLowerCase();
  const user = email ? await prisma.user.findUnique({ where: { email }, select: { id: true, active: true } }) : null;
  const decision = ssoDecision({ emailVerified: identity.emailVerified && Boolean(email), user, createUsers: options.createUsers });
  if (decision.kind === "refuse") {
    await recordSignInAttempt(email || `sso:${identity.subject}`.slice(0, 254), false, options.clientAddress);
    return { kind: "refused", reason: decision.reason };
  }
  const userId = decision.kind === "sign-in" && user ? user.id : await createViewer(email, identity);
  await recordSignInAttempt(email, true, options.clientAddress);
  return { kind: "ok", userId };
}

async function createViewer(email: string, identity: SsoIdentity): Promise<string> {
  // The account signs in through the identity provider; its password is a secret nobody knows.
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const name = identity.name.trim().slice(0, 120) || email;
  return prisma.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email, name, role: "viewer", organizationId: null, passwordHash } });
    await recordAudit(tx, {
      actorId: null,
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      after: { email, name, role: "viewer", organizationId: null, via: "sso" },
    });
    return created.id;
  });
}
