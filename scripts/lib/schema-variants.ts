// prisma/postgresql/schema.prisma is generated from prisma/schema.prisma, never edited: the models
// are one source. Besides the datasource (and the generator's relative output path), two marks
// make the databases' text-search indexes differ:
//   a model whose `///` comment has the line `/// @postgresql-view` is a `view` on PostgreSQL (on
//   SQLite an FTS5 virtual table, on PostgreSQL a view over the indexed column; both are created
//   by migrations), which needs the generator's "views" preview feature;
//   `// postgresql: <line>` becomes <line> (the pg_trgm GIN indexes SQLite cannot declare).
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
  return HEADER + postgresLines(text);
}

function postgresLines(schema: string): string {
  const lines = schema.split("\n");
  let views = 0;
  for (const [i, line] of lines.entries()) {
    lines[i] = line.replace(/^(\s*)\/\/ postgresql: /, "$1");
    if (!/^model\s/.test(line)) continue;
    let doc = i;
    while (doc > 0 && lines[doc - 1]!.startsWith("///")) doc--;
    if (lines.slice(doc, i).some((l) => l.trim() === "/// @postgresql-view")) {
      lines[i] = line.replace(/^model\s/, "view ");
      views++;
    }
  }
  const text = lines.join("\n");
  if (views === 0) return text;
  const withPreview = text.replace(/(generator client \{\n)/, '$1  previewFeatures = ["views"]\n');
  if (withPreview === text) throw new Error("prisma/schema.prisma: expected a `generator client {` block");
  return withPreview;
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
