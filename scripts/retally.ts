// npm run db:retally
// Writes the dashboard's kept counts again from the data (lib/data/dashboard-tally.ts), on the
// database DATABASE_URL names. Saves keep them current; run this once after the upgrade that brings
// them (until then the dashboard counts from the data, correct but slow on a large portfolio), or
// after rows were written around the app. Saves wait while it runs (43 s at 100,000 agreements on
// SQLite, where a save gives up after 20 s): at that size, run it with the app stopped or quiet.
import { migratedDatabaseUrl } from "./lib/prepare";
import { describeDatabaseUrl } from "../lib/database-url";

const url = await migratedDatabaseUrl();
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
