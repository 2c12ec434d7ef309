// npm run db:restore -- --from FILE [--yes]
// Replaces the configured database (DATABASE_URL) with a backup of npm run db:backup. Stop the app
// first. Refuses a backup that fails its check or lacks this version's migrations, and refuses to
// replace anything without --yes. What it replaces is kept: SQLite as <file>.before-restore-<time>,
// PostgreSQL as a pg_dump in backups/.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadDotEnv } from "./lib/dotenv";
import { describeTables, displayPath as shown } from "./lib/backup-output";
import { BackupRefused, checkRestorable, fileStamp, restoreSqlite } from "./lib/sqlite-backup";
import { checkPostgresDump, dumpPostgres, restorePostgres } from "./lib/postgres-backup";
import { databaseProvider, DEFAULT_DATABASE_URL, describeDatabaseUrl, sqliteFilePath } from "../lib/database-url";

loadDotEnv();
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const { values } = parseArgs({ options: { from: { type: "string" }, yes: { type: "boolean", default: false } } });
const args = z
  .object({
    from: z.string({ message: "is required: the backup file to restore" }).trim().min(1, { message: "expects a file name" }),
    yes: z.boolean(),
  })
  .safeParse(values);
if (!args.success) {
  for (const issue of args.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  console.error("Usage: npm run db:restore -- --from backups/accord-….db [--yes]");
  process.exit(2);
}
const from = path.resolve(args.data.from);

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!fs.existsSync(from)) fail(`--from: ${shown(from)} does not exist`);
const provider = (() => {
  try {
    return databaseProvider(url);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const target = provider === "sqlite" ? shown(sqliteFilePath(url)) : describeDatabaseUrl(url);

try {
  console.log(`Checking ${shown(from)}…`);
  if (provider === "sqlite") console.log(describeTables((await checkRestorable(from)).tables));
  else checkPostgresDump(from, url);
  console.log(`${shown(from)} is a complete Accord database of this version.`);
  if (!args.data.yes) {
    fail(
      `--yes: a restore replaces everything in ${target} with ${shown(from)} (what it replaces is kept). ` +
        "Stop the app, then run again with --yes.",
    );
  }
  const stamp = fileStamp();
  if (provider === "sqlite") {
    console.log(`Restoring into ${target} (the app must be stopped)…`);
    const { kept } = await restoreSqlite(from, sqliteFilePath(url), stamp);
    console.log(kept ? `The replaced database is kept as ${shown(kept)}.` : `${target} did not exist; nothing was replaced.`);
  } else {
    const kept = path.resolve("backups", `accord-before-restore-${stamp}.dump`);
    console.log(`Keeping the current ${target} as ${shown(kept)} first…`);
    dumpPostgres(url, kept);
    console.log(`Restoring into ${target} in one transaction (the app must be stopped)…`);
    restorePostgres(from, url);
    console.log(`The replaced database is kept as ${shown(kept)} (npm run db:restore -- --from ${shown(kept)} --yes brings it back).`);
  }
  console.log(`Restored ${shown(from)}. Start the app again.`);
} catch (error) {
  if (error instanceof BackupRefused) fail(`--from: ${error.message}`);
  fail(`The restore failed and was undone; ${target} is as it was: ${error instanceof Error ? error.message : String(error)}`);
}
