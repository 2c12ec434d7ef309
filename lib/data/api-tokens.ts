import "server-only";
import { prisma } from "../db";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import { apiTokenHint, hashApiTokenSecret, newApiTokenSecret, tokenExpiry } from "../domain/api-token";
import type { ApiTokenKind } from "../domain/api-token-options";
import type { PersonalTokenInput, ServiceTokenInput } from "../validations/api-token";
import { recordAudit } from "./audit";

const view = (t: { name: string; kind: string; scope: string; hint: string; expiresAt: Date; organizationId: string | null }) => ({
  name: t.name,
  kind: t.kind,
  scope: t.scope,
  hint: t.hint,
  expiresAt: t.expiresAt.toISOString(),
  organizationId: t.organizationId,
});

/** Creates a token and returns its secret, the one time anyone sees it (only its hash is kept). */
async function createToken(
  actor: Actor,
  kind: ApiTokenKind,
  input: PersonalTokenInput & { organizationId?: string },
  now = new Date(),
) {
  const secret = newApiTokenSecret();
  const token = await prisma.$transaction(async (tx) => {
    if (kind === "service") {
      const org = await tx.organization.findUnique({ where: { id: input.organizationId ?? "" }, select: { id: true } });
      if (!org) throw new ActionError("apiTokens.errors.organization", 400, undefined, { organizationId: ["apiTokens.errors.organization"] });
    }
    const created = await tx.apiToken.create({
      data: {
        name: input.name,
        kind,
        scope: input.scope,
        secretHash: hashApiTokenSecret(secret),
        hint: apiTokenHint(secret),
        // A service token's writes are authored by the admin who created it (the audit event also
        // names the token), so every change still has a person who answers for it.
        userId: actor.id,
        createdById: actor.id,
        organizationId: kind === "service" ? (input.organizationId ?? null) : null,
        expiresAt: tokenExpiry(input.days, now),
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "api_token.create", entityType: "api_token", entityId: created.id, after: view(created) });
    return created;
  });
  return { id: token.id, secret };
}

export const createPersonalToken = (input: PersonalTokenInput, actor: Actor) => createToken(actor, "personal", input);
export const createServiceToken = (input: ServiceTokenInput, actor: Actor) => createToken(actor, "service", input);

/** Revokes a token: one's own personal token, or (admins, `any`) any token. Idempotent refusal: 404. */
export async function revokeApiToken(tokenId: string, actor: Actor, options: { any: boolean }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, revokedAt: null, ...(options.any ? {} : { userId: actor.id, kind: "personal" }) },
    });
    if (!token) throw new ActionError("errors.notFound", 404);
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: token.id,
      before: view(token),
      after: { revokedAt: now.toISOString() },
    });
  });
}

const listSelect = {
  id: true,
  name: true,
  kind: true,
  scope: true,
  hint: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
  organization: { select: { name: true } },
} as const;

export async function listOwnApiTokens(userId: string) {
  return prisma.apiToken.findMany({ where: { userId, kind: "personal" }, orderBy: { createdAt: "desc" }, select: listSelect });
}

export async function listAllApiTokens() {
  return prisma.apiToken.findMany({ orderBy: [{ revokedAt: "asc" }, { createdAt: "desc" }], select: listSelect, take: 1000 });
}
export type ApiTokenListItem = Awaited<ReturnType<typeof listAllApiTokens>>[number];

/** The stored token behind a secret, or null; the caller decides whether it is still valid. */
export async function findApiToken(secret: string) {
  return prisma.apiToken.findUnique({
    where: { secretHash: hashApiTokenSecret(secret) },
    include: { organization: { select: { name: true } } },
  });
}

// lastUsedAt is bookkeeping, not a change of anyone's data: not audited, and written at most once a
// minute per token so that a busy integration does not turn every read into a write.
const TOUCH_EVERY_MS = 60_000;

export async function touchApiToken(token: { id: string; lastUsedAt: Date | null }, now = new Date()) {
  // Decided on the row already read: most requests then write nothing (on SQLite even an UPDATE
  // that matches no row takes the write lock).
  if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < TOUCH_EVERY_MS) return;
  const tokenId = token.id;
  await prisma.apiToken.updateMany({
    where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } }] },
    data: { lastUsedAt: now },
  });
}
