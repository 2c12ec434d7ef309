// npm run db:reindex-search
// Rewrites every copy the app keeps of text for searching and sorting (each agreement's folded
// search text and title, the title and lead name each language's reader is shown) from the texts
// themselves, on the database DATABASE_URL names. Saves keep them current; run this after an upgrade
// whose migration says so, or after the folding rules change. The app may keep running.
import { migratedDatabaseUrl } from "./lib/prepare";
import { databaseProvider, describeDatabaseUrl } from "../lib/database-url";

const url = await migratedDatabaseUrl();
const { prismaClient } = await import("../lib/prisma-client");
const { reindexCopies } = await import("../lib/data/reindex-copies");

const db = prismaClient(url);
const started = Date.now();
console.log(`Rewriting the search and sort copies in ${describeDatabaseUrl(url)}…`);
const result = await reindexCopies(db, ({ stage, done, total }) => {
  const line = `  ${stage}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
  process.stdout.write(done < total ? `\r${line}` : `\r${line}\n`);
});
// SQLite's agreement index is keyed by the agreements' rowids (lib/data/sqlite-table-page.ts).
if (databaseProvider(url) === "sqlite") {
  const { realignSearchIndex } = await import("../lib/data/sqlite-table-page");
  const off = await realignSearchIndex(db);
  console.log(off ? `  search index: ${off.toLocaleString("en-US")} rows were not at their agreement's rowid; rebuilt` : "  search index: every agreement at its rowid");
}
await db.$disconnect();
console.log(
  `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.organizations} organizations, ` +
    `${result.agreements.toLocaleString("en-US")} agreements (${result.changed.toLocaleString("en-US")} rewritten, ` +
    `${result.skipped} saved meanwhile and left as their save wrote them).`,
);
