import fs from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteAdapter } from "@/lib/sqlite-adapter";
import { seedPortfolio, createTestDatabase, type TestDatabase } from "./support/test-db";
import { importCsv, runChild, startFrozenChild } from "./support/crash-run";

// A server killed with SIGKILL (power cut, OOM killer) in the middle of an import or a bulk update
// must leave a database that passes its integrity check and holds all of the change or none of
// it: each is one transaction. The child process runs the real lib/data code and freezes inside
// the transaction (tests/unit/support/crash-child.ts); the parent checks it is really mid-way,
// kills it, and looks at what is left. The same runs on PostgreSQL in crash-safety-postgres.

const ROWS = 1_200;
/** Tables an import or a bulk update writes to, plus the revision counter they move. */
const TABLES = ["Agreement", "AgreementParty", "StatusUpdate", "StatusUpdateAssessment", "AuditEvent", "DataRevision"] as const;

const snapshot = (sqlite: Database.Database) =>
  Object.fromEntries(
    TABLES.map((t) => [t, Number(sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get())]),
  ) as Record<(typeof TABLES)[number], number>;
const revision = (sqlite: Database.Database) => JSON.stringify(sqlite.prepare(`SELECT * FROM "DataRevision"`).all());
const integrity = (file: string) => {
  const db = new Database(file);
  try {
    return db.prepare("PRAGMA integrity_check").pluck().all();
  } finally {
    db.close();
  }
};

/** True while another connection holds the write lock (an open write transaction). */
function writeLockHeld(file: string): boolean {
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec("BEGIN IMMEDIATE");
    db.exec("ROLLBACK");
    return false;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    db.close();
  }
}

describe("a SIGKILL in the middle of a write on SQLite", () => {
  let testDb: TestDatabase;
  let csv: string;

  beforeAll(async () => {
    testDb = createTestDatabase("crash-safety");
    await seedPortfolio(testDb, { agreements: 150, updates: 300, milestones: 60 }, { now: new Date("2026-11-01T00:00:00Z") });
    const db = new PrismaClient({ adapter: sqliteAdapter(testDb.file) });
    try {
      csv = await importCsv(db, ROWS, testDb.file.replace(/test\.db$/, "import.csv"));
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
  afterAll(() => testDb?.remove());

  /** Freezes the child mid-transaction, proves it is mid-way, kills it; returns the counts before. */
  async function killMidway(args: string[], freezeAfter: number) {
    const before = snapshot(testDb.sqlite);
    const revisionBefore = revision(testDb.sqlite);
    // An empty -wal now: whatever is in it at the kill was written by the child's open transaction.
    testDb.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    expect(fs.statSync(`${testDb.file}-wal`).size).toBe(0);

    const child = await startFrozenChild(testDb.url, [...args, String(freezeAfter)]);
    try {
      expect(child.frozenAt).toBe(freezeAfter);
      expect(writeLockHeld(testDb.file)).toBe(true);
      expect(fs.statSync(`${testDb.file}-wal`).size).toBeGreaterThan(0);
      // Readers meanwhile see only what is committed.
      expect(snapshot(testDb.sqlite)).toEqual(before);
    } finally {
      expect(await child.kill()).toBe("SIGKILL");
    }

    expect(integrity(testDb.file)).toEqual(["ok"]);
    expect(writeLockHeld(testDb.file)).toBe(false);
    expect(snapshot(testDb.sqlite)).toEqual(before);
    expect(revision(testDb.sqlite)).toBe(revisionBefore);
    return before;
  }

  it("an import killed after 400 of 1,200 rows leaves none of them, and the rerun writes all", async () => {
    const before = await killMidway(["import", csv], 400);
    expect(testDb.sqlite.prepare(`SELECT count(*) FROM "Agreement" WHERE reference LIKE 'CRASH-%'`).pluck().get()).toBe(0);

    // The same import run to its end writes every row with its audit event: the counts above
    // would have seen a partial one.
    const result = await runChild(testDb.url, ["import", csv, "0"]);
    expect(result).toEqual({ created: ROWS, updated: 0 });
    const after = snapshot(testDb.sqlite);
    expect(after.Agreement - before.Agreement).toBe(ROWS);
    expect(after.AuditEvent - before.AuditEvent).toBe(ROWS);
    expect(after.StatusUpdate - before.StatusUpdate).toBe(ROWS);
    expect(integrity(testDb.file)).toEqual(["ok"]);
  }, 180_000);

  it("a bulk update killed after 20 of 100 agreements leaves none of them changed", async () => {
    const note = "Bulk note written just before a crash";
    const before = await killMidway(["bulk", note], 20);
    expect(testDb.sqlite.prepare(`SELECT count(*) FROM "StatusUpdate" WHERE note = ?`).pluck().get(note)).toBe(0);

    const result = await runChild(testDb.url, ["bulk", note, "0"]);
    expect(result).toEqual({ selected: 100, updated: 100, refused: 0 });
    const after = snapshot(testDb.sqlite);
    expect(after.StatusUpdate - before.StatusUpdate).toBe(100);
    expect(after.AuditEvent - before.AuditEvent).toBe(100);
    expect(integrity(testDb.file)).toEqual(["ok"]);
  }, 180_000);
});
