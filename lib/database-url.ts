import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/accord.db";

/** The two databases Accord runs on: SQLite (default, a file) and PostgreSQL (production option). */
export type DatabaseProvider = "sqlite" | "postgresql";

export const isSqliteUrl = (value: string) => value.startsWith("file:");
export const isPostgresUrl = (value: string) => /^postgres(ql)?:\/\//.test(value);

/** Which database a DATABASE_URL names; anything else is refused (env.ts gives the user-facing message). */
export function databaseProvider(databaseUrl: string): DatabaseProvider {
  if (isSqliteUrl(databaseUrl)) return "sqlite";
  if (isPostgresUrl(databaseUrl)) return "postgresql";
  throw new Error('DATABASE_URL: expects "file:./path/to/accord.db" (SQLite) or "postgresql://user:pass@host/db"');
}

/**
 * Each database has its own Prisma schema and migration history: prisma/schema.prisma is the one
 * that is edited; prisma/postgresql/schema.prisma is generated from it (scripts/lib/schema-variants.ts)
 * and differs only in its datasource.
 */
export const PRISMA_PATHS: Record<DatabaseProvider, { schema: string; migrations: string }> = {
  sqlite: { schema: path.join("prisma", "schema.prisma"), migrations: path.join("prisma", "migrations") },
  postgresql: {
    schema: path.join("prisma", "postgresql", "schema.prisma"),
    migrations: path.join("prisma", "postgresql", "migrations"),
  },
};

/** The SQLite file a `file:` DATABASE_URL points at, resolved against the project root (cwd). */
export function sqliteFilePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with "file:" for SQLite, got "${databaseUrl}"`);
  }
  const file = databaseUrl.slice("file:".length).split("?")[0];
  // The ignore hint stops Turbopack tracing the whole project for this runtime path.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}

/**
 * A DATABASE_URL fit for messages and logs: a SQLite URL as is, a PostgreSQL URL as
 * user@host:port/database, never its password. Unparseable input is not echoed back.
 */
export function describeDatabaseUrl(databaseUrl: string): string {
  if (databaseUrl.startsWith("file:")) return databaseUrl;
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : "";
    return `${user}${url.hostname || "localhost"}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "(a PostgreSQL URL that does not parse)";
  }
}
