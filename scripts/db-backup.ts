// npm run db:backup -- [--to FILE]
// A backup of the configured database (DATABASE_URL) while the app runs. SQLite: SQLite's online
// backup to backups/accord-<UTC time>.db, checked (integrity, row counts). PostgreSQL: pg_dump's
// custom format to backups/accord-<UTC time>.dump. Never overwrites a file.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadDotEnv } from "./lib/dotenv";
import { BackupRefused, backupSqlite, fileStamp } from "./lib/sqlite-backup";
import { dumpPostgres } from "./lib/postgres-backup";
import { databaseProvider, DEFAULT_DATABASE_URL, describeDatabaseUrl, sqliteFilePath } from "../lib/database-url";
import { describeTables, displayPath } from "./lib/backup-output";

loadDotEnv();
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const { values } = parseArgs({ options: { to: { type: "string" } } });
const args = z.object({ to: z.string().trim().min(1, { message: "expects a file name" }).optional() }).safeParse(values);
if (!args.success) {
  for (const issue of args.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  console.error("Usage: npm run db:backup -- [--to backups/accord.db]");
  process.exit(2);
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const provider = (() => {
  try {
    return databaseProvider(url);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const to = path.resolve(args.data.to ?? path.join("backups", `accord-${fileStamp()}.${provider === "sqlite" ? "db" : "dump"}`));
const shown = displayPath(to);

if (provider === "sqlite" && !fs.existsSync(sqliteFilePath(url))) fail(`DATABASE_URL: ${sqliteFilePath(url)} does not exist`);

try {
  const started = Date.now();
  if (provider === "sqlite") {
    console.log(`Backing up ${url} to ${shown} (online: the app may keep running)…`);
    let shownProgress = false;
    const copy = await backupSqlite(sqliteFilePath(url), to, ({ totalPages, donePages }) => {
      if (totalPages < 5_000) return;
      shownProgress = true;
      process.stdout.write(`\r  ${donePages.toLocaleString("en-US")} of ${totalPages.toLocaleString("en-US")} pages copied`);
    });
    if (shownProgress) process.stdout.write("\n");
    console.log(`Wrote ${shown}: ${(copy.bytes / 1024 / 1024).toFixed(1)} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s; integrity check ok.`);
    console.log(describeTables(copy.tables));
  } else {
    console.log(`Backing up ${describeDatabaseUrl(url)} with pg_dump to ${shown}…`);
    const dump = dumpPostgres(url, to);
    console.log(`Wrote ${shown}: ${(dump.bytes / 1024 / 1024).toFixed(1)} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  console.log(`Restore it with: npm run db:restore -- --from ${shown}`);
} catch (error) {
  if (error instanceof BackupRefused) fail(`--to: ${error.message}`);
  fail(`The backup failed, no backup file was written: ${error instanceof Error ? error.message : String(error)}`);
}
