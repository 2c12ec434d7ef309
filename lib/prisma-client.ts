import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseProvider, sqliteFilePath } from "./database-url";
import { env } from "./env";
import { SQLITE_TRANSACTION_MAX_WAIT_MS, sqliteAdapter, type SqliteAdapterOptions } from "./sqlite-adapter";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A Prisma client on the configured database (used by the app, the seed and the CLI scripts).
 * The generated client is built for one database (`prisma generate` reads DATABASE_URL through
 * prisma.config.ts); a client built for the other one refuses this adapter with Prisma's own error.
 */
export function prismaClient(
  databaseUrl = env().DATABASE_URL,
  options: SqliteAdapterOptions = {},
): PrismaClient {
  if (databaseProvider(databaseUrl) === "postgresql") return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  // A transaction may wait as long as a plain write for another process's lock (lib/sqlite-adapter.ts).
  const transactionOptions = { maxWait: options.busyRetryMs ?? SQLITE_TRANSACTION_MAX_WAIT_MS };
  return new PrismaClient({ adapter: sqliteAdapter(sqliteFilePath(databaseUrl), { cacheMiB: env().SQLITE_CACHE_MB, ...options }), transactionOptions });
}
