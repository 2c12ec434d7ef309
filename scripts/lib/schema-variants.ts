// prisma/postgresql/schema.prisma is generated from prisma/schema.prisma, never edited: the models
// are one source, only the datasource (and the generator's relative output path) differ.
import fs from "node:fs";
import { PRISMA_PATHS } from "../../lib/database-url";

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:new-migration` (scripts/lib/schema-variants.ts).\n" +
  "// Do not edit: change prisma/schema.prisma. Only the datasource differs.\n\n";

/** The PostgreSQL schema for the SQLite schema's text. Throws if the text lacks what it replaces. */
export function postgresSchema(sqliteSchema: string): string {
  const replacements: [RegExp, string][] = [
    [/(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"'],
    // The generator's output is relative to the schema file, one folder deeper here.
    [/(generator client \{[^}]*?output\s*=\s*)"\.\.\//, '$1"../../'],
  ];
  let text = sqliteSchema;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected to match ${pattern}`);
    text = text.replace(pattern, replacement);
  }
  return HEADER + text;
}

/** Rewrites prisma/postgresql/schema.prisma from prisma/schema.prisma; returns whether it changed. */
export function writePostgresSchema(): boolean {
  const next = postgresSchema(fs.readFileSync(PRISMA_PATHS.sqlite.schema, "utf8"));
  const current = fs.existsSync(PRISMA_PATHS.postgresql.schema)
    ? fs.readFileSync(PRISMA_PATHS.postgresql.schema, "utf8")
    : "";
  if (current === next) return false;
  fs.mkdirSync(PRISMA_PATHS.postgresql.migrations, { recursive: true });
  fs.writeFileSync(PRISMA_PATHS.postgresql.schema, next);
  return true;
}
