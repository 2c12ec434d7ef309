// The PostgreSQL adapter for the Prisma CLI only (prisma.config.ts); the app uses PrismaPg as is.
//
// @prisma/adapter-pg 6.19 refuses result columns of PostgreSQL's catalog types `name` and `"char"`
// ("Column type 'name' could not be deserialized", prisma/orm#27403), and the schema engine's own
// bookkeeping queries read such columns, so `prisma migrate deploy` fails on its first query. pg
// already returns both as strings; this adapter reports them as text, which is what they are.
// The app's queries never select catalog columns, so it needs none of this.
//
// Its shadow database (`migrate diff --from-migrations`, the drift check of `npm run
// test:postgres`) has two more problems: the shadow pool is the main settings plus a database name,
// which a connection string overrides, so it would connect to the MAIN database; and the shadow
// database is dropped while its pool still holds connections. Here the settings are passed one by
// one and the shadow pool is closed before its database is dropped. And the engine replays each
// migration file on the shadow database as ONE parameterless statement, which pg sends as a
// prepared statement ("cannot insert multiple commands into a prepared statement"): parameterless
// statements go through pg's simple protocol here, which takes several at once.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";

/** OIDs of `"char"` and `name`, and of `text`, which Prisma can read. */
const CATALOG_TEXT_TYPES = new Set([18, 19]);
const TEXT = 25;

type PgResult = { fields: { dataTypeID: number }[] };
/** The adapter's private IO method (plain JS at run time; TypeScript only hides it). */
type WithPerformIO = { performIO(query: unknown): Promise<PgResult> };

function reportCatalogTypesAsText(queryable: object): void {
  const target = queryable as WithPerformIO;
  if (typeof target.performIO !== "function") {
    throw new Error("@prisma/adapter-pg changed: performIO is gone; check prisma/orm#27403 and remove this shim");
  }
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
    return result;
  };
}

class CliPrismaPg extends PrismaPg {
  constructor(private readonly settings: PoolConfig) {
    super(settings);
  }

  override async connect() {
    const adapter = await super.connect();
    reportCatalogTypesAsText(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      reportCatalogTypesAsText(transaction);
      return transaction;
    };
    return adapter;
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new CliPrismaPg({ ...this.settings, database }).connect();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      const result: unknown = await shadow.underlyingDriver().query(query.sql);
      return Array.isArray(result) ? 0 : ((result as { rowCount: number | null }).rowCount ?? 0);
    };
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      try {
        await main.executeScript(`DROP DATABASE "${database}"`);
      } finally {
        await main.dispose();
      }
    };
    return shadow;
  }
}

/** The URL's parts as separate pg settings (see above: a connection string would win over `database`). */
export function postgresSettings(databaseUrl: string): PoolConfig {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: url.hostname || "localhost",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    ...(sslmode && sslmode !== "disable" ? { ssl: { rejectUnauthorized: sslmode === "verify-full" } } : {}),
  };
}

export function cliPostgresAdapter(databaseUrl: string): PrismaPg {
  return new CliPrismaPg(postgresSettings(databaseUrl));
}
