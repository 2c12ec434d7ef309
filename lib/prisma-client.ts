import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { sqliteFilePath } from "./database-url";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A Prisma client on the configured database (used by the app, the seed and the CLI scripts). */
export function prismaClient(databaseUrl = env().DATABASE_URL): PrismaClient {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error("DATABASE_URL: only SQLite (file:) is wired in this build; see README, PostgreSQL");
  }
  const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl) });
  return new PrismaClient({ adapter });
}
