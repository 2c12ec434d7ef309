import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { describeEnvErrors, envSchema, type Env } from "../../lib/env";
import { databaseProvider, DEFAULT_DATABASE_URL, describeDatabaseUrl, PRISMA_PATHS, sqliteFilePath, type DatabaseProvider } from "../../lib/database-url";
import { loadDotEnv } from "./dotenv";

/**
 * Validates the environment and that the database can be reached; on failure prints one line per
 * problem, naming the variable, and exits.
 */
export async function checkEnvironment(): Promise<Env> {
  const cleaned = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    console.error(describeEnvErrors(result.error));
    process.exit(1);
  }
  const env = result.data;
  if (databaseProvider(env.DATABASE_URL) === "sqlite") {
    const file = sqliteFilePath(env.DATABASE_URL);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      new Database(file).close();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`DATABASE_URL: cannot open the SQLite file ${file} (${reason}); expects a writable path`);
      process.exit(1);
    }
  } else {
    await checkPostgres(env.DATABASE_URL);
  }
  return env;
}

async function checkPostgres(databaseUrl: string): Promise<void> {
  const reachable = await checkPostgresReachable(databaseUrl);
  if (reachable === true) return;
  console.error(`DATABASE_URL: ${reachable}`);
  process.exit(1);
}

/** True when the server answers and the database exists; otherwise what is wrong, without the password. */
export async function checkPostgresReachable(databaseUrl: string): Promise<true | string> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return (
      `cannot connect to PostgreSQL as ${describeDatabaseUrl(databaseUrl)} (${reason}); ` +
      "expects a running server and an existing database the user may create tables in"
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

const GENERATED_CLIENT = path.join("lib", "generated", "prisma", "internal", "class.ts");

/** The database the generated Prisma client was built for, if there is one. */
export function generatedClientProvider(): DatabaseProvider | undefined {
  const file = path.join(process.cwd(), GENERATED_CLIENT);
  if (!fs.existsSync(file)) return undefined;
  const provider = /"activeProvider":\s*"(\w+)"/.exec(fs.readFileSync(file, "utf8"))?.[1];
  return provider === "sqlite" || provider === "postgresql" ? provider : undefined;
}

/**
 * The Prisma client is generated for one database (prisma.config.ts reads DATABASE_URL). Scripts
 * that build the app regenerate it when DATABASE_URL names the other one; `npm start`, which
 * serves an existing build, stops and says what to do instead.
 */
export function ensureClientFor(databaseUrl: string, options: { regenerate: boolean }): void {
  const wanted = databaseProvider(databaseUrl);
  const generated = generatedClientProvider();
  if (generated === wanted) return;
  if (options.regenerate) {
    console.log(`Generating the Prisma client for ${wanted} (it was generated for ${generated ?? "nothing yet"})…`);
    run(bin("prisma"), ["generate"], { DATABASE_URL: databaseUrl });
    return;
  }
  const label = (p: DatabaseProvider | undefined) => (p === "postgresql" ? "PostgreSQL" : p === "sqlite" ? "SQLite" : "no database");
  console.error(
    `DATABASE_URL: names ${label(wanted)}, but the Prisma client was generated for ${label(generated)}; ` +
      "with this DATABASE_URL set, run `npx prisma generate` (and `npm run build` before `npm start`)",
  );
  process.exit(1);
}

/**
 * Back to the client of the configured database (DATABASE_URL, else .env, else the SQLite default:
 * prisma.config.ts reads them), after a run that generated it for another one.
 */
export function generateClientForConfiguredDatabase(): void {
  console.log("Generating the Prisma client for the configured database again…");
  run(bin("prisma"), ["generate"]);
}

/**
 * Drops everything in a PostgreSQL database of a test or benchmark run. The caller checks that the
 * database is named for such a run; this only empties it.
 */
export async function emptyPostgresDatabase(databaseUrl: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}

export function run(command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

export const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

/**
 * `next build` into a build folder of its own (NEXT_DIST_DIR), so that tests and benchmarks never
 * replace the `.next` a running app serves. Two steps (compile, then generate) because the default
 * build's type-check step rewrites tsconfig.json to add `<distDir>/types/**` for any non-default
 * folder; type checking is `npm run typecheck`'s job, and a test run must not edit project files.
 */
export function buildInto(distDir: string, extraEnv: Record<string, string> = {}): void {
  for (const mode of ["compile", "generate"]) {
    run(bin("next"), ["build", `--experimental-build-mode=${mode}`], { ...extraEnv, NEXT_DIST_DIR: distDir });
  }
}

/** Names of the migrations this database has applied (none when it has no migrations table yet). */
async function appliedMigrations(databaseUrl: string): Promise<Set<string>> {
  const sql =
    'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL';
  if (databaseProvider(databaseUrl) === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    if (!fs.existsSync(file)) return new Set();
    const sqlite = new Database(file, { readonly: true });
    try {
      const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
      return new Set(exists ? sqlite.prepare(sql).pluck().all().map(String) : []);
    } finally {
      sqlite.close();
    }
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT to_regclass('\"_prisma_migrations\"') IS NOT NULL AS ok");
    if (!exists.rows[0]?.ok) return new Set();
    const rows = await client.query<{ migration_name: string }>(sql);
    return new Set(rows.rows.map((r) => r.migration_name));
  } finally {
    await client.end();
  }
}

/** The migration folders of this database's history that it has not applied. */
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const dir = PRISMA_PATHS[databaseProvider(databaseUrl)].migrations;
  const applied = await appliedMigrations(databaseUrl);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .filter((name) => !applied.has(name))
    .sort();
}

/**
 * For a maintenance script (db:reindex-search, db:retally): the database DATABASE_URL (or .env)
 * names, with the client generated for it, or an exit with why when it lacks a migration of this
 * version.
 */
export async function migratedDatabaseUrl(): Promise<string> {
  loadDotEnv();
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  ensureClientFor(url, { regenerate: true });
  const behind = await pendingMigrations(url);
  if (behind.length) {
    console.error(`${describeDatabaseUrl(url)} lacks ${behind.length} migration(s) of this version (${behind.join(", ")}). Run npm run db:migrate first.`);
    process.exit(1);
  }
  return url;
}

/**
 * Applies pending migrations with `prisma migrate deploy`, and skips the CLI when there are none.
 * Several app instances starting at once on PostgreSQL: the CLI takes an advisory lock and holds
 * it until its process exits (its wasm engine lingers ~10 s), and the others give up after 10 s
 * (P1002). So a failed attempt is retried after a pause, by which time the first one is done and
 * nothing is pending.
 */
export async function migrate(databaseUrl: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const pending = await pendingMigrations(databaseUrl);
    if (pending.length === 0) {
      console.log("Database schema is up to date.");
      return;
    }
    console.log(`Applying ${pending.length} database migration(s)…`);
    const result = spawnSync(bin("prisma"), ["migrate", "deploy"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl },
    });
    if (result.status === 0) return;
    if (attempt === 3) {
      console.error(`\nprisma migrate deploy failed (exit ${result.status ?? result.signal}).`);
      process.exit(result.status ?? 1);
    }
    console.log(`prisma migrate deploy failed; trying again in 5 s (attempt ${attempt + 1} of 3)…`);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}
