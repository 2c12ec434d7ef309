import { afterAll, beforeAll, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteAdapter } from "@/lib/sqlite-adapter";
import type { ImportRow } from "@/lib/validations/import";
import { seedDatabase } from "@/prisma/seed-core";
import { createTestDatabase, pointDataLayerAt, releaseDataLayer } from "./support/test-db";

// A large import is one transaction of seconds. On SQLite the server must go on answering other
// requests meanwhile, with what is committed: not stall until it ends, and not show half of it.

const testDb = createTestDatabase("import-concurrency");
testDb.sqlite.close();
const db = new PrismaClient({ adapter: sqliteAdapter(testDb.file) });

beforeAll(async () => {
  await seedDatabase(db, { demo: true });
  pointDataLayerAt(testDb, db);
});
afterAll(async () => {
  releaseDataLayer();
  await db.$disconnect();
  testDb.remove();
});

it("answers reads while an import runs, each with the agreements committed before it", async () => {
  const { planImport, applyImport } = await import("@/lib/data/agreement-import");
  const [lead, party] = await db.organization.findMany({ take: 2, orderBy: { name: "asc" } });
  const visit = await db.visit.findFirstOrThrow();
  const admin = await db.user.findFirstOrThrow({ where: { role: "admin" } });
  const rows: ImportRow[] = Array.from({ length: 40 }, (_, i) => ({
    row: i + 2,
    reference: `IMP-2026-${String(i).padStart(3, "0")}`,
    title: `Imported agreement ${i}`,
    area: "energy",
    instrument_type: "memorandum",
    status: "on_track",
    progress: 10,
    signed_date: "2025-10-22",
    target_date: null,
    lead_organization: lead.name,
    parties: [party.name],
    summary: "",
  }));
  const plan = await planImport(rows, [], visit.id);
  expect(plan.creates).toHaveLength(rows.length);
  const before = await db.agreement.count();

  let importing = true;
  const seenDuringImport: number[] = [];
  const reads = (async () => {
    while (importing) {
      // Another request: it gets a turn only when the import lets the event loop run.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const count = await db.agreement.count();
      if (importing) seenDuringImport.push(count);
    }
  })();
  await applyImport(plan, visit.id, admin.id);
  importing = false;
  await reads;

  // Without yielding between rows no read gets a turn; a read that waited for the transaction
  // would finish after it; one that ran inside it would count the uncommitted rows.
  expect(seenDuringImport.length).toBeGreaterThan(rows.length / 2);
  expect(new Set(seenDuringImport)).toEqual(new Set([before]));
  expect(await db.agreement.count()).toBe(before + rows.length);
});
