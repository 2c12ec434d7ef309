import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CopyRefused, copySqliteToPostgres } from "@/scripts/lib/copy-to-postgres";
import { emptyPostgresDatabase, migrate } from "@/scripts/lib/prepare";
import { createTestDatabase, seedPortfolio, type TestDatabase } from "./support/test-db";

// Moving a deployment from SQLite to PostgreSQL (npm run db:to-postgres) must carry every row
// exactly. Needs a PostgreSQL database it may empty: `npm run test:postgres` runs this file with
// COPY_TEST_DATABASE_URL set to its own database; `npm test` has no server, and skips it.
const url = process.env.COPY_TEST_DATABASE_URL;

// node-postgres reads `timestamp without time zone` as local time; Prisma means UTC.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (text) => new Date(`${text.replace(" ", "T")}Z`));

/** A value as both databases should agree on it: booleans, dates and numbers in one form. */
function normalize(value: unknown, type: string): unknown {
  if (value === null) return null;
  if (type === "boolean") return value === true || value === 1;
  if (type.startsWith("timestamp")) return new Date(value instanceof Date ? value : String(value)).toISOString();
  return value;
}

/** Columns of the base tables, or of the views (the search index views). */
async function columnsOf(client: pg.Client, kind: "BASE TABLE" | "VIEW" = "BASE TABLE"): Promise<Map<string, { column: string; type: string }[]>> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = $1 AND c.table_name <> '_prisma_migrations'
     ORDER BY c.table_name, c.ordinal_position`,
    [kind],
  );
  const tables = new Map<string, { column: string; type: string }[]>();
  for (const r of rows) tables.set(r.table_name, [...(tables.get(r.table_name) ?? []), { column: r.column_name, type: r.data_type }]);
  return tables;
}

/** Every row of a table, normalized and sorted, from either database. */
const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();

describe.skipIf(!url)("copying a SQLite database to PostgreSQL", () => {
  let source: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    source = createTestDatabase("copy-to-postgres");
    await seedPortfolio(source, { agreements: 120, updates: 900, milestones: 300 }, { now: new Date("2026-11-01T00:00:00Z") });
    await emptyPostgresDatabase(url!);
    await migrate(url!);
    client = new pg.Client({ connectionString: url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    source?.remove();
  });

  it("refuses all of it when one row cannot be written, and writes nothing", async () => {
    await client.query(`ALTER TABLE "Milestone" ADD CONSTRAINT "refuse_for_test" CHECK (false)`);
    try {
      await expect(copySqliteToPostgres(source.file, url!)).rejects.toThrow(/refuse_for_test/);
    } finally {
      await client.query(`ALTER TABLE "Milestone" DROP CONSTRAINT "refuse_for_test"`);
    }
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Agreement"`);
    expect(Number(rows[0].n)).toBe(0);
  });

  it("copies every row of every table exactly", async () => {
    const copied = await copySqliteToPostgres(source.file, url!);
    const tables = await columnsOf(client);
    expect(Object.keys(copied).sort()).toEqual([...tables.keys()].sort());
    const sqlite = new Database(source.file, { readonly: true });
    try {
      for (const [table, columns] of tables) {
        const list = columns.map((c) => `"${c.column}"`).join(", ");
        const fromSqlite = (sqlite.prepare(`SELECT ${list} FROM "${table}"`).raw().all() as unknown[][]).map((row) =>
          row.map((v, i) => normalize(v, columns[i].type)),
        );
        const fromPostgres = (await client.query({ text: `SELECT ${list} FROM "${table}"`, rowMode: "array" })).rows.map((row: unknown[]) =>
          row.map((v, i) => normalize(v, columns[i].type)),
        );
        expect(fromPostgres.length, table).toBe(fromSqlite.length);
        expect(sorted(fromPostgres), table).toEqual(sorted(fromSqlite));
        expect(copied[table], table).toBe(fromSqlite.length);
      }
      // The search views read on PostgreSQL what SQLite's FTS5 tables hold: the same rows.
      const views = await columnsOf(client, "VIEW");
      expect([...views.keys()].sort()).toEqual(["AgreementSearch", "DocumentTextSearch"]);
      for (const [view, columns] of views) {
        const list = columns.map((c) => `"${c.column}"`).join(", ");
        const fromSqlite = sqlite.prepare(`SELECT ${list} FROM "${view}"`).raw().all() as unknown[][];
        const fromPostgres = (await client.query({ text: `SELECT ${list} FROM "${view}"`, rowMode: "array" })).rows as unknown[][];
        expect(fromSqlite.length, view).toBeGreaterThan(view === "AgreementSearch" ? 120 : -1);
        expect(sorted(fromPostgres), view).toEqual(sorted(fromSqlite));
      }
    } finally {
      sqlite.close();
    }
    expect(copied.Agreement).toBeGreaterThan(120);
    expect(copied.StatusUpdate).toBeGreaterThan(900);
  });

  it("refuses a target that already holds data, and changes nothing in it", async () => {
    const before = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "StatusUpdate"`);
    await expect(copySqliteToPostgres(source.file, url!)).rejects.toBeInstanceOf(CopyRefused);
    const after = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "StatusUpdate"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
