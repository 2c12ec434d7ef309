import { createHash, randomUUID } from "node:crypto";
import { prismaClient, type Tx } from "../../../lib/prisma-client";
import { hashPassword } from "../../../lib/domain/password-hash";
import { SEVERITIES, type Role } from "../../../lib/domain/vocabulary";
import { agreementSearchColumns } from "../../../lib/domain/agreement-search-text";
import { shownTitleColumns } from "../../../lib/data/content-texts";
import { nextMilestoneDue } from "../../../lib/domain/rollups";
import { E2E_AUTH_SECRET, E2E_DATABASE_URL } from "./constants";
import { encryptTotpSecret, newTotpSecret } from "../../../lib/domain/totp";
import { bumpRevision } from "../../../lib/data/data-revision";
import { retallyAgreement } from "../../../lib/data/dashboard-tally";

// Tests write while the app writes: on SQLite the adapter waits for the app's write lock (lib/sqlite-adapter.ts).
const client = prismaClient(E2E_DATABASE_URL);

const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "upsert", "delete", "deleteMany"]);

// The models the dashboard's kept counts are made of (lib/data/dashboard-tally.ts), and how a row
// of each names its agreement.
const TALLIED: Record<string, "id" | "agreementId"> = {
  Agreement: "id",
  AgreementParty: "agreementId",
  Milestone: "agreementId",
  StatusUpdate: "agreementId",
  ChallengeAssessment: "agreementId",
};
const MANY = new Set(["updateMany", "deleteMany"]);

/** Brings the dashboard's counts of these agreements up to date, as the app's recordAudit does. */
async function retally(tx: Tx, agreementIds: Iterable<string>) {
  for (const id of new Set(agreementIds)) await retallyAgreement(tx, id);
}

const idsIn = (rows: unknown, key: string): string[] =>
  (Array.isArray(rows) ? rows : [rows]).flatMap((r) => (r && typeof r === "object" && typeof (r as Record<string, unknown>)[key] === "string" ? [(r as Record<string, string>)[key]] : []));

/**
 * Direct access to the e2e database, to set up each test's own data and to check writes. A write
 * made here is someone else's change as far as the app is concerned, so it moves the data
 * revision (lib/data/revision.ts) the way the app's own writes do, otherwise the app's read caches
 * would rightly keep serving the revision they were computed for; and a write to an agreement or
 * what it is made of brings the dashboard's counts of that agreement up to date.
 */
export const db = client.$extends({
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        const key = TALLIED[model];
        const delegate = key ? (client as unknown as Record<string, { findMany(a: object): Promise<unknown[]> }>)[model.charAt(0).toLowerCase() + model.slice(1)] : undefined;
        // Rows an updateMany or deleteMany will touch, read before it (its filter may not match after).
        const before = delegate && MANY.has(operation) ? idsIn(await delegate.findMany({ where: (args as { where?: object }).where, select: { [key]: true } }), key) : [];
        const result = await query(args);
        if (WRITES.has(operation) && model !== "DataRevision") {
          if (key) {
            const written = (operation as string) === "createMany" ? idsIn((args as { data: unknown }).data, key) : MANY.has(operation) ? [] : idsIn(result, key);
            const touched = [...before, ...written];
            await client.$transaction(async (tx) => {
              await bumpRevision(tx);
              await retally(tx, touched);
            });
          } else await bumpRevision(client);
        }
        return result;
      },
    },
  },
});

/**
 * A transaction on the e2e database that moves the data revision inside it, as the app's writes
 * do. Use it instead of `db.$transaction`: db moves the revision after each write through the
 * plain client, and on SQLite a plain query waits for the open transaction to end
 * (lib/sqlite-adapter.ts), so inside `db.$transaction` it would wait until the transaction expired.
 * The dashboard's counts of every agreement it updated (its updatedAt moved) follow.
 */
export function writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return client.$transaction(async (tx) => {
    const started = new Date(Date.now() - 1_000);
    const result = await work(tx);
    await bumpRevision(tx);
    const touched = await tx.agreement.findMany({ where: { updatedAt: { gte: started } }, select: { id: true } });
    await retally(
      tx,
      touched.map((a) => a.id),
    );
    return result;
  });
}

export const uniqueSuffix = () => randomUUID().slice(0, 8);

export type TestUser = { id: string; email: string; password: string; name: string; role: Role; totpSecret: string | null };

/**
 * A user of this test only (so lockout, deactivation etc. never touch another test's account).
 * An admin has a second factor set up, as REQUIRE_2FA's default (admins) requires: `login` enters
 * its code as an authenticator app would. `secondFactor: false` leaves it to be set up.
 */
export async function createTestUser(
  role: Role,
  options: { organizationName?: string; name?: string; secondFactor?: boolean } = {},
): Promise<TestUser> {
  const suffix = uniqueSuffix();
  const password = `Test-password-${suffix}`;
  const organization = options.organizationName
    ? await db.organization.findUniqueOrThrow({ where: { name: options.organizationName } })
    : null;
  const totpSecret = (options.secondFactor ?? role === "admin") ? newTotpSecret() : null;
  const user = await db.user.create({
    data: {
      email: `${role}-${suffix}@e2e.test`,
      name: options.name ?? `E2E ${role} ${suffix}`,
      role,
      organizationId: organization?.id ?? null,
      passwordHash: await hashPassword(password),
      ...(totpSecret ? { totpSecret: encryptTotpSecret(totpSecret, E2E_AUTH_SECRET), totpEnabledAt: new Date() } : {}),
    },
  });
  return { id: user.id, email: user.email, password, name: user.name, role, totpSecret };
}

export const SOCAR = "State Oil Company of the Republic of Azerbaijan";
export const SAMRUK = "Samruk-Kazyna Sovereign Wealth Fund";

/**
 * An agreement of this test only, with an initial update and an assessment of every challenge,
 * so tests can change it without meeting another test's writes.
 */
export async function createTestAgreement(
  options: {
    lead?: string;
    parties?: string[];
    area?: string;
    title?: string;
    visitId?: string;
    status?: string;
    progress?: number;
    severity?: string;
    targetDate?: Date;
    milestones?: { title: string; dueDate: Date; doneDate?: Date }[];
    /** The title in other languages (the original is `title`, in English). */
    texts?: { locale: string; title: string }[];
  } = {},
) {
  const suffix = uniqueSuffix().toUpperCase();
  const visit = options.visitId ? { id: options.visitId } : await db.visit.findFirstOrThrow({ where: { slug: { not: { startsWith: "e2e-" } } } });
  const lead = await db.organization.findUniqueOrThrow({ where: { name: options.lead ?? SOCAR } });
  const partyNames = [...new Set([lead.name, ...(options.parties ?? [SAMRUK])])];
  const parties = await db.organization.findMany({ where: { name: { in: partyNames } }, include: { texts: true } });
  const challenges = await db.challenge.findMany({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" } });
  const title = options.title ?? `E2E agreement ${suffix}`;
  const texts = options.texts ?? [];
  const severity = options.severity ?? "low";
  const status = options.status ?? "on_track";
  const progress = options.progress ?? 10;
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
      status,
      progress,
      targetDate: options.targetDate ?? null,
      leadOrganizationId: lead.id,
      ...agreementSearchColumns({ reference: `E2E-${suffix}`, title, summary: `Test agreement ${suffix}`, texts: texts.map((t) => ({ ...t, summary: "" })) }, parties),
      ...shownTitleColumns({ title, language: "en", texts }),
      lastUpdateAt: created,
      // The rollups the data layer keeps on the row (the table filters and sorts on them).
      worstSeverity: SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]),
      nextMilestoneDue: nextMilestoneDue((options.milestones ?? []).map((m) => ({ dueDate: m.dueDate, doneDate: m.doneDate ?? null }))),
      parties: { create: parties.map((p) => ({ organizationId: p.id })) },
      assessments: { create: challenges.map((c, i) => ({ challengeId: c.id, severity: i === 0 ? severity : "low", assessedAt: created })) },
      statusUpdates: {
        create: {
          createdAt: created,
          statusAfter: status,
          progressAfter: progress,
          note: "Initial",
          assessments: { create: challenges.map((c, i) => ({ challengeId: c.id, severity: i === 0 ? severity : "low", changed: true })) },
        },
      },
      milestones: options.milestones ? { create: options.milestones } : undefined,
      texts: texts.length ? { create: texts } : undefined,
    },
    include: { milestones: true },
  });
}

/** A visit of this test only: scoping a page to it makes every number on it the test's own. */
export async function createTestVisit() {
  const suffix = uniqueSuffix();
  return db.visit.create({
    data: {
      slug: `e2e-${suffix}`,
      title: `E2E visit ${suffix}`,
      hostCountry: "AZ",
      guestCountry: "KZ",
      place: "Baku",
      startDate: new Date("2026-01-10T00:00:00Z"),
      endDate: new Date("2026-01-11T00:00:00Z"),
    },
  });
}

/** A document of this test only, stored as the app stores one (a blob in chunks of its SHA-256). */
export async function createTestDocument(options: { agreementId: string; uploadedById: string; name: string; content: string; restricted?: boolean }) {
  const bytes = Buffer.from(options.content, "utf8");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const blob =
    (await db.documentBlob.findUnique({ where: { sha256 } })) ??
    (await db.documentBlob.create({ data: { sha256, size: bytes.length, chunkCount: 1, chunks: { create: { index: 0, data: Uint8Array.from(bytes) } } } }));
  return db.document.create({
    data: {
      agreementId: options.agreementId,
      blobId: blob.id,
      name: options.name,
      mediaType: "text/plain",
      size: bytes.length,
      sha256,
      restricted: options.restricted ?? false,
      uploadedById: options.uploadedById,
    },
  });
}
