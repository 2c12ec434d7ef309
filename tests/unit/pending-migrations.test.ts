// `npm start` skips the migration CLI when nothing is pending (and several instances starting at
// once rely on that: scripts/lib/prepare.ts). What counts as pending, on SQLite.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PRISMA_PATHS } from "@/lib/database-url";
import { pendingMigrations } from "@/scripts/lib/prepare";
import { createTestDatabase } from "./support/test-db";

const all = fs
  .readdirSync(PRISMA_PATHS.sqlite.migrations, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-pending-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("pendingMigrations", () => {
  it("is every migration for a database file that does not exist yet, or is empty", async () => {
    expect(all.length).toBeGreaterThan(1);
    const missing = path.join(dir, "missing.db");
    expect(await pendingMigrations(`file:${missing}`)).toEqual(all);
    expect(fs.existsSync(missing)).toBe(false);
    const empty = path.join(dir, "empty.db");
    new Database(empty).close();
    expect(await pendingMigrations(`file:${empty}`)).toEqual(all);
  });

  it("is nothing once all are applied, and names one whose run failed or was rolled back", async () => {
    const testDb = createTestDatabase("pending");
    try {
      expect(await pendingMigrations(testDb.url)).toEqual([]);
      const last = all.at(-1) ?? "";
      testDb.sqlite.prepare(`UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = ?`).run(last);
      expect(await pendingMigrations(testDb.url)).toEqual([last]);
      testDb.sqlite
        .prepare(`UPDATE "_prisma_migrations" SET "finished_at" = "started_at", "rolled_back_at" = "started_at" WHERE "migration_name" = ?`)
        .run(all[0]);
      expect(await pendingMigrations(testDb.url)).toEqual([all[0], last]);
    } finally {
      testDb.remove();
    }
  });
});
