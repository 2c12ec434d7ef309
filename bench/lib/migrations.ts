// Applies prisma/migrations/*/migration.sql with better-sqlite3 and records them in
// _prisma_migrations exactly as `prisma migrate deploy` does (sha256 checksum of the file), so a
// generated database stays compatible with the CLI. Faster than the CLI, whose wasm engine can
// linger for up to a minute after finishing (see /work/shared/docs/environment.md).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { sqliteDate } from "./sqlite-values";

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** Applies every migration in name order to an empty database. Returns the names applied. */
export function applyMigrations(sqlite: Database.Database, dir = MIGRATIONS_DIR): string[] {
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
  sqlite.exec(MIGRATIONS_TABLE);
  const record = sqlite.prepare(
    `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
     VALUES (?, ?, ?, ?, ?, 1)`,
  );
  for (const name of names) {
    const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    const startedAt = sqliteDate(new Date());
    sqlite.transaction(() => {
      sqlite.exec(sql);
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      record.run(crypto.randomUUID(), checksum, sqliteDate(new Date()), name, startedAt);
    })();
  }
  return names;
}
