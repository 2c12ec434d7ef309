import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "./lib/database-url";

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

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  async adapter() {
    const file = sqliteFilePath(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
