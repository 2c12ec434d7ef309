import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { sqliteFilePath } from "../../../lib/database-url";
import { hashPassword } from "../../../lib/auth/password";
import type { Role } from "../../../lib/domain/vocabulary";
import { E2E_DATABASE_URL } from "./constants";

/** Direct access to the e2e database, to set up each test's own data and to check writes. */
export const db = new PrismaClient({
  adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(E2E_DATABASE_URL), timeout: 10_000 }),
});

export const uniqueSuffix = () => randomUUID().slice(0, 8);

export type TestUser = { id: string; email: string; password: string; name: string; role: Role };

/** A user of this test only (so lockout, deactivation etc. never touch another test's account). */
export async function createTestUser(
  role: Role,
  options: { organizationName?: string; name?: string } = {},
): Promise<TestUser> {
  const suffix = uniqueSuffix();
  const password = `Test-password-${suffix}`;
  const organization = options.organizationName
    ? await db.organization.findUniqueOrThrow({ where: { name: options.organizationName } })
    : null;
  const user = await db.user.create({
    data: {
      email: `${role}-${suffix}@e2e.test`,
      name: options.name ?? `E2E ${role} ${suffix}`,
      role,
      organizationId: organization?.id ?? null,
      passwordHash: await hashPassword(password),
    },
  });
  return { id: user.id, email: user.email, password, name: user.name, role };
}

export const SOCAR = "State Oil Company of the Republic of Azerbaijan";
export const SAMRUK = "Samruk-Kazyna Sovereign Wealth Fund";

/**
 * An agreement of this test only, with an initial update and an assessment of every challenge,
 * so tests can change it without meeting another test's writes.
 */
export async function createTestAgreement(
  options: { lead?: string; parties?: string[]; area?: string; title?: string; milestones?: { title: string; dueDate: Date; doneDate?: Date }[] } = {},
) {
  const suffix = uniqueSuffix().toUpperCase();
  const visit = await db.visit.findFirstOrThrow();
  const lead = await db.organization.findUniqueOrThrow({ where: { name: options.lead ?? SOCAR } });
  const partyNames = [...new Set([lead.name, ...(options.parties ?? [SAMRUK])])];
  const parties = await db.organization.findMany({ where: { name: { in: partyNames } } });
  const challenges = await db.challenge.findMany({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" } });
  const title = options.title ?? `E2E agreement ${suffix}`;
  const created = new Date(Date.now() - 7 * 86_400_000);
  return db.agreement.create({
    data: {
      reference: `E2E-${suffix}`,
      visitId: visit.id,
      title,
      area: options.area ?? "energy",
      instrumentType: "memorandum",
      signedDate: created,
      summary: `Test agreement ${suffix}`,
      sourceExcerpt: "Test excerpt.",
      status: "on_track",
      progress: 10,
      leadOrganizationId: lead.id,
      searchText: `e2e-${suffix.toLowerCase()} ${title.toLowerCase()}`,
      lastUpdateAt: created,
      worstSeverity: 1,
      parties: { create: parties.map((p) => ({ organizationId: p.id })) },
      assessments: { create: challenges.map((c) => ({ challengeId: c.id, severity: "low", assessedAt: created })) },
      statusUpdates: {
        create: {
          createdAt: created,
          statusAfter: "on_track",
          progressAfter: 10,
          note: "Initial",
          assessments: { create: challenges.map((c) => ({ challengeId: c.id, severity: "low", changed: true })) },
        },
      },
      milestones: options.milestones ? { create: options.milestones } : undefined,
    },
    include: { milestones: true },
  });
}
