import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { PRISMA_PATHS } from "../../lib/database-url";
import { BackupRefused } from "./sqlite-backup";

/**
 * pg_dump and pg_restore (Debian's postgresql-client) get the connection through libpq's
 * environment variables: the password never appears on a command line (visible to every user in
 * `ps`) or in output.
 */
export function libpqEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get("sslmode");
  return {
    ...process.env,
    PGHOST: url.hostname || "localhost",
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.replace(/^\//, "")),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

const MISSING_TOOL = (tool: string) =>
  `${tool} is not installed: install Debian's postgresql-client package (apt-get install postgresql-client), ` +
  "of the same major version as the server or newer";

function runTool(tool: "pg_dump" | "pg_restore", args: string[], databaseUrl: string): string {
  const result = spawnSync(tool, args, { env: libpqEnvironment(databaseUrl), encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.error && "code" in result.error && result.error.code === "ENOENT") throw new BackupRefused(MISSING_TOOL(tool));
  if (result.status !== 0) {
    const reason = (result.stderr || String(result.error ?? "")).trim().split("\n").slice(-3).join(" ");
    throw new Error(`${tool} failed (exit ${result.status ?? result.signal}): ${reason}`);
  }
  return result.stdout;
}

/** A custom-format dump of the whole database, written under a temporary name and then renamed. */
export function dumpPostgres(databaseUrl: string, to: string): { bytes: number } {
  if (fs.existsSync(to)) throw new BackupRefused(`${to} already exists; a backup never overwrites a file`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const partial = `${to}.partial`;
  try {
    runTool("pg_dump", ["--format=custom", "--no-owner", `--file=${partial}`], databaseUrl);
    fs.renameSync(partial, to);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { bytes: fs.statSync(to).size };
}

/**
 * The migrations a dump holds, read from its `_prisma_migrations` data (pg_restore writes it out
 * as COPY text without touching any database); a file that is not a readable dump is refused.
 */
export function dumpMigrations(file: string, databaseUrl: string): string[] {
  let script: string;
  try {
    script = runTool("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", file], databaseUrl);
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(`${file} is not a readable pg_dump custom-format file (${error instanceof Error ? error.message : String(error)}); nothing was changed`);
  }
  const lines = script.split("\n");
  const start = lines.findIndex((l) => /^COPY \S*_prisma_migrations \(/.test(l));
  if (start < 0) return [];
  const columns = /\(([^)]*)\)/.exec(lines[start])![1].split(",").map((c) => c.trim().replace(/"/g, ""));
  const [name, finished, rolledBack] = ["migration_name", "finished_at", "rolled_back_at"].map((c) => columns.indexOf(c));
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === "\\.") break;
    const cells = line.split("\t");
    if (cells[finished] !== "\\N" && cells[rolledBack] === "\\N") names.push(cells[name]);
  }
  return names;
}

/** Refuses a dump that is unreadable or lacks a migration of this version. */
export function checkPostgresDump(file: string, databaseUrl: string): void {
  if (!fs.existsSync(file)) throw new BackupRefused(`${file} does not exist`);
  const applied = new Set(dumpMigrations(file, databaseUrl));
  const dir = PRISMA_PATHS.postgresql.migrations;
  const behind = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .filter((n) => !applied.has(n))
    .sort();
  if (behind.length) {
    throw new BackupRefused(`${file} lacks ${behind.length} migration(s) of this version (${behind.join(", ")}); nothing was changed`);
  }
}

/**
 * Restores a dump into the database in one transaction (--single-transaction: a failure leaves
 * the database as it was), replacing the objects the dump holds (--clean --if-exists).
 */
export function restorePostgres(file: string, databaseUrl: string): void {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ""));
  runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${database}`, file], databaseUrl);
}
