// npm run db:retally
// Writes the dashboard's kept counts again from the data (lib/data/dashboard-tally.ts), on the
// database DATABASE_URL names. Saves keep them current; run this once after the upgrade that brings
// them (until then the dashboard counts from the data, correct but slow on a large portfolio), or
// after rows were written around the app. Saves wait while it runs (43 s at 100,000 agreements on
// SQLite, where a save gives up after 20 s): at that size, run it with the app stopped or quiet.
import { loadDotEnv } from "./lib/dotenv";
import { ensureClientFor, pendingMigrations } from "./lib/prepare";
import { DEFAULT_DATABASE_URL, describeDatabaseUrl } from "../lib/database-url";

loadDotEnv();
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
ensureClientFor(url, { regenerate: true });
const behind = await pendingMigrations(url);
if (behind.length) {
  console.error(`${describeDatabaseUrl(url)} lacks ${behind.length} migration(s) of this version (${behind.join(", ")}). Run npm run db:migrate first.`);
  process.exit(1);
}
const { prismaClient } = await import("../lib/prisma-client");
const { rebuildDashboardTallies } = await import("../lib/data/dashboard-tally");

const db = prismaClient(url);
const started = Date.now();
console.log(`Writing the dashboard's counts in ${describeDatabaseUrl(url)} again…`);
const result = await rebuildDashboardTallies(db, ({ done, total }) => {
  const line = `  agreements: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
  process.stdout.write(done < total ? `\r${line}` : `\r${line}\n`);
});
await db.$disconnect();
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.agreements.toLocaleString("en-US")} agreements, ${result.rows.toLocaleString("en-US")} rows of counts.`);
