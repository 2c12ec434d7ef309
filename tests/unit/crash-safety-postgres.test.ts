import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed-core";
import { emptyPostgresDatabase, migrate } from "@/scripts/lib/prepare";
import { importCsv, runChild, startFrozenChild } from "./support/crash-run";

// tests/unit/crash-safety.test.ts on PostgreSQL: the transaction lives in the server, which rolls
// it back when the killed process's connection drops. Needs the Prisma client generated for
// PostgreSQL and a database it may empty: `npm run test:postgres` runs this file with
// CRASH_TEST_DATABASE_URL set; `npm test` skips it.
const url = process.env.CRASH_TEST_DATABASE_URL;
const ROWS = 1_200;
const TABLES = ["Agreement", "AgreementParty", "StatusUpdate", "StatusUpdateAssessment", "AuditEvent", "DataRevision"];

describe.skipIf(!url)("a SIGKILL in the middle of a write on PostgreSQL", () => {
  let client: pg.Client;
  let csv: string;

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = Number((await client.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    return out;
  };
  /** Other sessions of this database inside a transaction (the frozen child's). */
  const openTransactions = async () =>
    Number(
      (
        await client.query(
          `SELECT count(*) AS n FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`,
        )
      ).rows[0].n,
    );

  beforeAll(async () => {
    await emptyPostgresDatabase(url!);
    await migrate(url!);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url! }) });
    try {
      await seedDatabase(db, { demo: true });
      csv = await importCsv(db, ROWS, path.join(fs.mkdtempSync(path.join(os.tmpdir(), "accord-crash-pg-")), "import.csv"));
    } finally {
      await db.$disconnect();
    }
    client = new pg.Client({ connectionString: url });
    await client.connect();
  }, 180_000);
  afterAll(async () => {
    await client?.end();
    if (csv) fs.rmSync(path.dirname(csv), { recursive: true, force: true });
  });

  async function killMidway(args: string[], freezeAfter: number) {
    const before = await counts();
    const child = await startFrozenChild(url!, [...args, String(freezeAfter)]);
    try {
      expect(child.frozenAt).toBe(freezeAfter);
      expect(await openTransactions()).toBeGreaterThan(0);
      expect(await counts()).toEqual(before);
    } finally {
      expect(await child.kill()).toBe("SIGKILL");
    }
    // The server notices the dropped connection and rolls back; wait until it has.
    while ((await openTransactions()) > 0) await new Promise((resolve) => setImmediate(resolve));
    expect(await counts()).toEqual(before);
    return before;
  }

  // Frozen early: a PostgreSQL round trip per statement makes the import slower than on SQLite.
  it("an import killed after 50 of 1,200 rows leaves none of them, and the rerun writes all", async () => {
    const before = await killMidway(["import", csv], 50);
    expect(await runChild(url!, ["import", csv, "0"])).toEqual({ created: ROWS, updated: 0 });
    const after = await counts();
    expect(after.Agreement - before.Agreement).toBe(ROWS);
    expect(after.AuditEvent - before.AuditEvent).toBe(ROWS);
  }, 300_000);

  it("a bulk update killed after 20 of 100 agreements leaves none of them changed", async () => {
    const before = await killMidway(["bulk", "Bulk note written just before a crash"], 20);
    // The import above made the agreements a bulk update of 100 needs.
    expect(await runChild(url!, ["bulk", "Bulk note written just before a crash", "0"])).toEqual({ selected: 100, updated: 100, refused: 0 });
    const after = await counts();
    expect(after.StatusUpdate - before.StatusUpdate).toBe(100);
    expect(after.AuditEvent - before.AuditEvent).toBe(100);
  }, 300_000);
});
