import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupRefused, backupSqlite, restoreSqlite } from "@/scripts/lib/sqlite-backup";
import { createTestDatabase, seedPortfolio, type TestDatabase } from "./support/test-db";

// npm run db:backup / db:restore on SQLite: a backup taken while another connection writes holds
// exactly what was committed; a restore brings back exactly that, keeps what it replaced, and
// refuses (changing nothing) a damaged backup, one of an older version, a target in use, and any
// restore without --yes.

/** Every row of every table, as sorted JSON lines: two databases are equal when these are. */
function contents(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all().map((r) => JSON.stringify(r)).sort()]));
  } finally {
    db.close();
  }
}

const ROOT = path.resolve(import.meta.dirname, "../..");
function npmRun(script: string, args: string[], databaseUrl: string) {
  const result = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("backing up and restoring a SQLite database", () => {
  let testDb: TestDatabase;
  let dir: string;
  let backup: string;
  let atBackup: Record<string, string[]>;

  beforeAll(async () => {
    testDb = createTestDatabase("backup-restore");
    await seedPortfolio(testDb, { agreements: 80, updates: 400, milestones: 60 }, { now: new Date("2026-11-01T00:00:00Z") });
    dir = path.dirname(testDb.file);
    backup = path.join(dir, "backups", "accord-test.db");
  }, 120_000);
  afterAll(() => testDb?.remove());

  it("backs up what is committed while another connection writes, and restores exactly that", async () => {
    const writer = new Database(testDb.file);
    const other = new Database(testDb.file);
    const insertNote = (db: Database.Database, id: string) =>
      db.prepare(`INSERT INTO "AuditEvent" (id, action, entityType, entityId, createdAt) VALUES (?, 'test.write', 'agreement', ?, 0)`).run(id, id);
    // A transaction open for the whole backup: what it wrote is not committed, so not in the copy.
    writer.exec("BEGIN IMMEDIATE");
    insertNote(writer, "uncommitted-during-backup");
    let committedDuring = false;
    await backupSqlite(testDb.file, backup, () => {
      if (committedDuring) return;
      // A write committed while the copy runs (it restarts the copy, which then includes it).
      committedDuring = true;
      writer.exec("COMMIT");
      insertNote(other, "committed-during-backup");
      writer.exec("BEGIN IMMEDIATE");
      insertNote(writer, "uncommitted-during-backup-2");
    });
    expect(committedDuring).toBe(true);
    atBackup = contents(testDb.file);
    writer.exec("COMMIT");
    expect(contents(backup)).toEqual(atBackup);
    expect(atBackup.AuditEvent.some((r) => r.includes("committed-during-backup"))).toBe(true);
    expect(atBackup.AuditEvent.some((r) => r.includes("uncommitted-during-backup-2"))).toBe(false);

    // Work after the backup that the restore takes back.
    other.exec(`DELETE FROM "StatusUpdateAssessment"; UPDATE "Agreement" SET title = 'changed after the backup'`);
    writer.close();
    other.close();
    testDb.sqlite.close();
    const changed = contents(testDb.file);
    expect(changed).not.toEqual(atBackup);

    const { kept } = await restoreSqlite(backup, testDb.file, "test-1");
    expect(contents(testDb.file)).toEqual(atBackup);
    expect(kept).toBe(`${testDb.file}.before-restore-test-1`);
    expect(contents(kept!)).toEqual(changed);
    expect(fs.readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
    const check = new Database(testDb.file);
    expect(check.prepare("PRAGMA integrity_check").pluck().get()).toBe("ok");
    expect(check.pragma("journal_mode", { simple: true })).toBe("wal");
    check.close();
  }, 60_000);

  it("refuses a truncated or corrupted backup, and leaves the database as it was", async () => {
    const before = contents(testDb.file);
    const truncated = path.join(dir, "truncated.db");
    fs.writeFileSync(truncated, fs.readFileSync(backup).subarray(0, Math.floor(fs.statSync(backup).size / 2)));
    const corrupted = path.join(dir, "corrupted.db");
    const bytes = fs.readFileSync(backup);
    bytes.fill(0x5a, 8 * 4096, 12 * 4096);
    fs.writeFileSync(corrupted, bytes);
    for (const file of [truncated, corrupted]) {
      await expect(restoreSqlite(file, testDb.file, "refused")).rejects.toThrow(/fails its integrity check/);
    }
    expect(contents(testDb.file)).toEqual(before);
    expect(fs.existsSync(`${testDb.file}.before-restore-refused`)).toBe(false);
  });

  it("refuses a backup that lacks a migration of this version, and a database in use", async () => {
    const older = path.join(dir, "older.db");
    fs.copyFileSync(backup, older);
    const db = new Database(older);
    db.prepare(`DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`).run();
    db.close();
    await expect(restoreSqlite(older, testDb.file)).rejects.toThrow(/lacks 1 migration/);

    // The running app keeps its connection open: a restore under it would be overwritten or torn.
    const app = new Database(testDb.file);
    app.prepare(`SELECT count(*) FROM "Agreement"`).get();
    try {
      await expect(restoreSqlite(backup, testDb.file)).rejects.toThrow(BackupRefused);
      await expect(restoreSqlite(backup, testDb.file)).rejects.toThrow(/in use/);
    } finally {
      app.close();
    }
  });

  it("runs as npm scripts: a restore without --yes changes nothing, with --yes it restores", () => {
    const url = `file:${testDb.file}`;
    const viaScript = path.join(dir, "backups", "via-script.db");
    const made = npmRun("db:backup", ["--to", viaScript], url);
    expect(made.output).toMatch(/integrity check ok/);
    expect(made.status).toBe(0);
    expect(contents(viaScript)).toEqual(contents(testDb.file));

    const db = new Database(testDb.file);
    db.exec(`DELETE FROM "Milestone"`);
    db.close();
    const afterChange = contents(testDb.file);

    const refused = npmRun("db:restore", ["--from", viaScript], url);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/--yes: .*Stop the app/);
    expect(contents(testDb.file)).toEqual(afterChange);

    const restored = npmRun("db:restore", ["--from", viaScript, "--yes"], url);
    expect(restored.output).toMatch(/The replaced database is kept as/);
    expect(restored.status).toBe(0);
    expect(contents(testDb.file)).toEqual(contents(viaScript));
    expect(contents(testDb.file).Milestone.length).toBeGreaterThan(0);
  }, 120_000);
});
