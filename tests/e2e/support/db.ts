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
