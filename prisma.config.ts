import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider, DEFAULT_DATABASE_URL, PRISMA_PATHS, sqliteFilePath } from "./lib/database-url";
import { sqliteAdapter } from "./lib/sqlite-adapter";
import { cliPostgresAdapter } from "./scripts/lib/cli-postgres-adapter";

// Prisma 6.19 falls back to downloading a native engine when the schema's url is unresolvable,
// which fails offline: give DATABASE_URL its default before the CLI reads the schema.
process.env.DATABASE_URL ||= readDotEnvDatabaseUrl() ?? DEFAULT_DATABASE_URL;

function readDotEnvDatabaseUrl(): string | undefined {
  const file = path.join(process.cwd(), ".env");
  if (!fs.existsSync(file)) return undefined;
  const line = fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .find((l) => l.trim().startsWith("DATABASE_URL="));
  return line?.split("=").slice(1).join("=").trim().replace(/^["']|["']$/g, "") || undefined;
}

// DATABASE_URL chooses the schema, the migration history and the adapter: `prisma generate`
// (npm's postinstall) builds the client for that database, `prisma migrate deploy` applies its
// migrations.
const databaseUrl = process.env.DATABASE_URL;
const provider = databaseProvider(databaseUrl);

export default defineConfig({
  experimental: { adapter: true },
  schema: PRISMA_PATHS[provider].schema,
  migrations: { path: PRISMA_PATHS[provider].migrations },
  engine: "js",
  async adapter() {
    if (provider === "postgresql") return cliPostgresAdapter(databaseUrl);
    const file = sqliteFilePath(databaseUrl);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return sqliteAdapter(file);
  },
});
