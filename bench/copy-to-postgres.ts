// `npm run bench:to-postgres [-- --from file:./data/bench.db --to postgresql://…/accord_bench]`
// Copies a generated portfolio (`npm run bench:generate`, SQLite) into a PostgreSQL database, so
// the page benchmarks can run on the production option with the same data (`--database
// postgresql://…`). Empties the target first (its name must end in _bench or _test), applies the
// PostgreSQL migrations, then copies every table in foreign-key order, printing its progress.
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { z } from "zod";
import { describeDatabaseUrl, sqliteFilePath } from "../lib/database-url";
import { emptyPostgresDatabase, migrate } from "../scripts/lib/prepare";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
const args = z
  .object({
    from: z.string().startsWith("file:", { message: "expects a file: URL of a generated portfolio" }).default("file:./data/bench.db"),
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

const sqlite = new Database(sqliteFilePath(from), { readonly: true, fileMustExist: true });
const client = new pg.Client({ connectionString: to });
await client.connect();

console.log(`Emptying ${describeDatabaseUrl(to)} and applying the PostgreSQL migrations…`);
await emptyPostgresDatabase(to);
await migrate(to);

type Column = { table: string; column: string; type: string };
const columns = (
  await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
  )
).rows.map((r): Column => ({ table: r.table_name, column: r.column_name, type: r.data_type }));
const references = (
  await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT tc.table_name AS child, ccu.table_name AS parent
     FROM information_schema.table_constraints tc
     JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
     WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
  )
).rows;

/** Tables with every table they reference before them. */
function foreignKeyOrder(tables: string[]): string[] {
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table)) return;
    if (path.includes(table)) throw new Error(`foreign keys form a cycle: ${[...path, table].join(" -> ")}`);
    for (const r of references) if (r.child === table && r.parent !== table) visit(r.parent, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

// SQLite keeps booleans as 0/1 and dates as ISO text with +00:00 (bench/lib/sqlite-values.ts);
// PostgreSQL's timestamp(3) columns take that text as the UTC time Prisma means by it.
const convert = (type: string, value: unknown) => (type === "boolean" && value !== null ? value === 1 : value);

const tables = foreignKeyOrder([...new Set(columns.map((c) => c.table))]);
await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")}`);
const started = Date.now();
for (const table of tables) {
  const cols = columns.filter((c) => c.table === table);
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  const batchSize = Math.floor(30_000 / cols.length);
  const t0 = Date.now();
  let batch: unknown[][] = [];
  let copied = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const rows = batch.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(", ")})`);
    await client.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c.column}"`).join(", ")}) VALUES ${rows.join(", ")}`, params);
    copied += batch.length;
    batch = [];
    process.stdout.write(`\r  ${table}: ${copied.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows`);
  };
  const select = sqlite.prepare(`SELECT ${cols.map((c) => `"${c.column}"`).join(", ")} FROM "${table}"`).raw();
  for (const row of select.iterate() as IterableIterator<unknown[]>) {
    batch.push(row.map((v, i) => convert(cols[i].type, v)));
    if (batch.length === batchSize) await flush();
  }
  await flush();
  process.stdout.write(`\r  ${table}: ${copied.toLocaleString("en-US")} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
console.log("Updating the planner's statistics (ANALYZE)…");
await client.query("ANALYZE");
await client.end();
sqlite.close();
console.log(`Copied ${tables.length} tables in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
