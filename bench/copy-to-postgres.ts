// `npm run bench:to-postgres [-- --from file:./data/bench.db --to postgresql://…/accord_bench]`
// Copies a generated portfolio (`npm run bench:generate`, SQLite) into a PostgreSQL database, so
// the page benchmarks can run on the production option with the same data (`--database
// postgresql://…`). Empties the target first (its name must end in _bench or _test), applies the
// PostgreSQL migrations, then copies every table (scripts/lib/copy-to-postgres.ts), printing its progress.
import { parseArgs } from "node:util";
import { z } from "zod";
import { describeDatabaseUrl, isSqliteUrl, sqliteFilePath } from "../lib/database-url";
import { copySqliteToPostgres } from "../scripts/lib/copy-to-postgres";
import { emptyPostgresDatabase, migrate } from "../scripts/lib/prepare";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
const args = z
  .object({
    from: z.string().refine(isSqliteUrl, { message: "expects a file: URL of a generated portfolio" }).default("file:./data/bench.db"),
    to: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+\/[^/?]*_(bench|test)(\?.*)?$/, {
        message: "expects postgresql://user:pass@host:port/<name ending in _bench or _test> (it is emptied)",
      })
      .default("postgresql://accord:accord@127.0.0.1:5432/accord_bench"),
  })
  .safeParse(values);
if (!args.success) {
  for (const issue of args.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
const { from, to } = args.data;

console.log(`Emptying ${describeDatabaseUrl(to)} and applying the PostgreSQL migrations…`);
await emptyPostgresDatabase(to);
await migrate(to);
const started = Date.now();
const tableStarted = new Map<string, number>();
const copied = await copySqliteToPostgres(sqliteFilePath(from), to, ({ table, copied, total }) => {
  if (!tableStarted.has(table)) tableStarted.set(table, Date.now());
  const line = `  ${table}: ${copied.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows`;
  if (copied < total) process.stdout.write(`\r${line}`);
  else process.stdout.write(`\r${line} in ${((Date.now() - (tableStarted.get(table) ?? Date.now())) / 1000).toFixed(1)} s\n`);
});
console.log(`Copied ${Object.keys(copied).length} tables in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
