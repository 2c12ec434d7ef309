// The PostgreSQL side's files: its schema is generated from the SQLite one and must be current,
// its migrations mirror the SQLite ones since its baseline, and each survives adapter-pg's way of
// splitting a script. (`npm run test:postgres` checks on a real server that the migrations build
// the schema.)
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRISMA_PATHS } from "@/lib/database-url";
import { postgresSchema } from "@/scripts/lib/schema-variants";
import { unsafeScriptChunks } from "@/scripts/lib/migration-script";

const read = (file: string) => fs.readFileSync(file, "utf8");
const migrationNames = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe("the PostgreSQL schema", () => {
  it("is prisma/schema.prisma with the PostgreSQL datasource (run npm run db:new-migration if not)", () => {
    expect(read(PRISMA_PATHS.postgresql.schema)).toBe(postgresSchema(read(PRISMA_PATHS.sqlite.schema)));
  });

  it("differs from the SQLite one only in the provider, the generator's relative output and the search indexes", () => {
    const sqlite = read(PRISMA_PATHS.sqlite.schema);
    const pg = postgresSchema(sqlite);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output       = "../../lib/generated/prisma"');
    const models = (text: string) => text.slice(text.indexOf("model ")).split("\n");
    const [a, b] = [models(sqlite), models(pg)];
    expect(b).toHaveLength(a.length);
    const differing = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
    // Only the two marks of scripts/lib/schema-variants.ts: the GIN indexes and the search views.
    expect(differing.length).toBeGreaterThan(0);
    for (const [before, after] of differing) {
      const ok =
        (before!.trimStart().startsWith("// postgresql: ") && after === before!.replace("// postgresql: ", "")) ||
        (/^model (AgreementSearch|DocumentTextSearch) \{$/.test(before!) && after === before!.replace(/^model /, "view "));
      expect(ok, `${before} -> ${after}`).toBe(true);
    }
  });

  it("refuses a schema it cannot convert instead of writing a wrong one", () => {
    expect(() => postgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/expected to match/);
  });
});

describe("the PostgreSQL migrations", () => {
  const pgNames = migrationNames(PRISMA_PATHS.postgresql.migrations);
  const baseline = pgNames[0] ?? "";

  it("start from one baseline and mirror every later SQLite migration by name", () => {
    expect(baseline).toMatch(/^\d{14}_init$/);
    const sqliteSince = migrationNames(PRISMA_PATHS.sqlite.migrations).filter((n) => n > baseline);
    expect(pgNames.slice(1)).toEqual(sqliteSince);
  });

  it("are locked to postgresql", () => {
    expect(read(path.join(PRISMA_PATHS.postgresql.migrations, "migration_lock.toml"))).toMatch(/provider = "postgresql"/);
  });

  it("create the data-revision row the app updates", () => {
    expect(read(path.join(PRISMA_PATHS.postgresql.migrations, baseline, "migration.sql"))).toMatch(
      /INSERT INTO "DataRevision" \("id", "value", "updatedAt"\) VALUES \(1, 0,/,
    );
  });

  it.each(pgNames)("%s: every semicolon ends a statement", (name) => {
    expect(unsafeScriptChunks(read(path.join(PRISMA_PATHS.postgresql.migrations, name, "migration.sql")))).toEqual([]);
  });
});

describe("unsafeScriptChunks", () => {
  it("accepts statements with comments between them", () => {
    expect(unsafeScriptChunks('-- CreateTable\nCREATE TABLE "A" ("id" TEXT);\n\n-- note\nINSERT INTO "A" VALUES (\'x\');\n')).toEqual([]);
  });

  it("finds a semicolon in a comment, in a string and in a function body", () => {
    expect(unsafeScriptChunks("-- one row (see revision.ts); present from the start\nINSERT INTO t VALUES (1);")).toEqual([
      "present from the start\nINSERT INTO t VALUES (1)",
    ]);
    expect(unsafeScriptChunks("UPDATE t SET note = 'a; b';")).toEqual(["b'"]);
    expect(unsafeScriptChunks("DO $$ BEGIN PERFORM 1; END $$;")).toEqual(["END $$"]);
  });
});
