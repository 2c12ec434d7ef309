// npm run db:to-postgres -- --to postgresql://user:pass@host:5432/accord [--from file:./data/accord.db]
// Moves a deployment's data from its SQLite file to PostgreSQL (the option for several app
// instances): applies the PostgreSQL migrations to the target, then copies every row in one
// transaction. The target must hold no data of its own; the SQLite file is only read.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadDotEnv } from "./lib/dotenv";
import { CopyRefused, copySqliteToPostgres } from "./lib/copy-to-postgres";
import { checkPostgresReachable, migrate, pendingMigrations } from "./lib/prepare";
import { DEFAULT_DATABASE_URL, describeDatabaseUrl, isPostgresUrl, isSqliteUrl, sqliteFilePath } from "../lib/database-url";

loadDotEnv();
const configured = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
const args = z
  .object({
    from: z
      .string()
      .refine(isSqliteUrl, { message: 'expects the SQLite database as a file: URL, e.g. "file:./data/accord.db"' })
      .default(isSqliteUrl(configured) ? configured : DEFAULT_DATABASE_URL),
    to: z.string({ message: "is required" }).refine(isPostgresUrl, { message: 'expects "postgresql://user:password@host:5432/database"' }),
  })
  .safeParse(values);
if (!args.success) {
  for (const issue of args.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  console.error("Usage: npm run db:to-postgres -- --to postgresql://user:password@host:5432/database [--from file:./data/accord.db]");
  process.exit(2);
}
const { from, to } = args.data;

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

if (!fs.existsSync(sqliteFilePath(from))) fail(`--from: ${sqliteFilePath(from)} does not exist`);
const behind = await pendingMigrations(from).catch((error: unknown) => fail(`--from: cannot read ${from}: ${String(error)}`));
if (behind.length) {
  fail(`--from: ${from} lacks ${behind.length} migration(s) of this version (${behind.join(", ")}). Run npm run db:migrate on it first (or start the app once).`);
}
const reachable = await checkPostgresReachable(to);
if (reachable !== true) fail(`--to: ${reachable}`);

console.log(`Applying the PostgreSQL migrations to ${describeDatabaseUrl(to)}…`);
await migrate(to);
console.log(`Copying ${path.relative(process.cwd(), sqliteFilePath(from)) || from} into ${describeDatabaseUrl(to)}…`);
const started = Date.now();
try {
  const copied = await copySqliteToPostgres(sqliteFilePath(from), to, ({ table, copied, total }) => {
    const line = `  ${table}: ${copied.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows`;
    process.stdout.write(copied < total ? `\r${line}` : `\r${line}\n`);
  });
  const rows = Object.values(copied).reduce((a, b) => a + b, 0);
  console.log(`Copied ${rows.toLocaleString("en-US")} rows in ${Object.keys(copied).length} tables in ${((Date.now() - started) / 1000).toFixed(1)} s; every table's count checked.`);
  console.log(
    [
      "",
      "Next, for each app instance:",
      "  1. set DATABASE_URL in .env to the --to URL above,",
      "  2. run npm ci (it generates the Prisma client for PostgreSQL), npm run build, npm start.",
      `The SQLite file is unchanged; keep it until the PostgreSQL deployment has been checked.`,
    ].join("\n"),
  );
} catch (error) {
  if (error instanceof CopyRefused) fail(`--to: ${error.message} Nothing was written.`);
  fail(`The copy failed and was rolled back, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
}
