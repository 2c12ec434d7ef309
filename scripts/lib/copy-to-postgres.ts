// Copies every row of a SQLite database into a migrated PostgreSQL database of the same schema
// version: `npm run db:to-postgres` (moving a deployment to the production option) and
// `npm run bench:to-postgres` (the benchmarks' portfolio).
import Database from "better-sqlite3";
import pg from "pg";

/** Tables that the migrations themselves fill (the data revision's one row): not user data. */
const FILLED_BY_MIGRATIONS = new Set(["_prisma_migrations", "DataRevision"]);

export class CopyRefused extends Error {}

export type CopyProgress = { table: string; copied: number; total: number };

/**
 * The copy is one PostgreSQL transaction: it is all there or none of it is. The SQLite side is
 * read in one read transaction, a consistent snapshot even while an app writes to the file (WAL).
 * A target that holds any user data is refused, never merged into or overwritten. Returns the
 * rows copied per table, each checked against the count in the target before committing.
 */
export async function copySqliteToPostgres(
  sqliteFile: string,
  postgresUrl: string,
  onProgress: (progress: CopyProgress) => void = () => undefined,
): Promise<Record<string, number>> {
  const sqlite = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    sqlite.exec("BEGIN");
    await client.query("BEGIN");
    const columns = await targetColumns(client);
    const tables = foreignKeyOrder([...new Set(columns.map((c) => c.table))], await foreignKeys(client));

    const occupied: string[] = [];
    for (const table of tables.filter((t) => !FILLED_BY_MIGRATIONS.has(t))) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      if (Number(rows[0].n) > 0) occupied.push(`${table} (${rows[0].n} rows)`);
    }
    if (occupied.length) {
      throw new CopyRefused(`the target already holds data: ${occupied.join(", ")}. Copy into a new, empty database.`);
    }
    await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")}`);

    const copied: Record<string, number> = {};
    for (const table of tables) {
      const cols = columns.filter((c) => c.table === table);
      const total = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      // PostgreSQL takes at most 65,535 parameters per statement.
      const batchSize = Math.max(1, Math.floor(30_000 / cols.length));
      let batch: unknown[][] = [];
      let done = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const params: unknown[] = [];
        const rows = batch.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c.column}"`).join(", ")}) VALUES ${rows.join(", ")}`, params);
        done += batch.length;
        batch = [];
        onProgress({ table, copied: done, total });
      };
      const select = sqlite.prepare(`SELECT ${cols.map((c) => `"${c.column}"`).join(", ")} FROM "${table}"`).raw();
      for (const row of select.iterate() as IterableIterator<unknown[]>) {
        batch.push(row.map((value, i) => toPostgres(cols[i].type, value)));
        if (batch.length === batchSize) await flush();
      }
      await flush();
      if (total === 0) onProgress({ table, copied: 0, total });
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
      if (Number(rows[0].n) !== total) throw new Error(`${table}: ${total} rows read, ${rows[0].n} in the target`);
      copied[table] = total;
    }
    await client.query("COMMIT");
    // The planner's statistics, so that the first queries on the copy get good plans.
    await client.query("ANALYZE");
    return copied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    sqlite.close();
    await client.end();
  }
}

type Column = { table: string; column: string; type: string };

async function targetColumns(client: pg.Client): Promise<Column[]> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    // Base tables only: the search views (AgreementSearch, DocumentTextSearch) show their tables' rows.
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  if (rows.length === 0) throw new CopyRefused("the target has no tables: apply the PostgreSQL migrations first");
  return rows.map((r) => ({ table: r.table_name, column: r.column_name, type: r.data_type }));
}

async function foreignKeys(client: pg.Client): Promise<{ child: string; parent: string }[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT tc.table_name AS child, ccu.table_name AS parent
     FROM information_schema.table_constraints tc
     JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
     WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`,
  );
  return rows;
}

/** Tables with every table they reference before them. */
function foreignKeyOrder(tables: readonly string[], references: readonly { child: string; parent: string }[]): string[] {
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

/**
 * SQLite keeps booleans as 0/1 and dates as ISO text with +00:00 (how Prisma's adapter writes
 * them); PostgreSQL's timestamp(3) columns read that text as the UTC time Prisma means by it.
 */
function toPostgres(type: string, value: unknown): unknown {
  if (value === null) return null;
  if (type === "boolean") return value === 1;
  return value;
}
