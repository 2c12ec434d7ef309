import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "@/scripts/lib/schema-variants";

// SQLite's search index is a pair of FTS5 tables kept in step by triggers. Prisma's RedefineTables
// (a later migration that rebuilds Agreement or DocumentBlob) drops triggers with the old table;
// this applies every migration and checks that the triggers exist and the index follows writes.
function migrated(): Database.Database {
  const db = new Database(":memory:");
  for (const dir of fs.readdirSync("prisma/migrations").filter((d) => /^\d/.test(d)).sort()) {
    db.exec(fs.readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8"));
  }
  return db;
}

describe("the SQLite search index after all migrations", () => {
  it("has its six triggers", () => {
    const names = migrated()
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    for (const table of ["Agreement", "DocumentBlob"]) {
      for (const event of ["insert", "update", "delete"]) expect(names).toContain(`${table}_search_${event}`);
    }
  });

  it("follows inserts, updates and deletes of the text, and answers LIKE from the index", () => {
    const db = migrated();
    db.exec(`INSERT INTO Visit (id, slug, title, hostCountry, guestCountry, place, startDate, endDate, createdAt, updatedAt)
             VALUES ('v', 'v', 'V', 'KZ', 'AZ', 'Astana', 0, 0, 0, 0)`);
    db.exec(`INSERT INTO Organization (id, name, country, kind, createdAt, updatedAt) VALUES ('o', 'O', 'AZ', 'ministry', 0, 0)`);
    const insert = db.prepare(
      `INSERT INTO Agreement (id, reference, visitId, title, area, instrumentType, leadOrganizationId, searchText, updatedAt)
       VALUES (?, ?, 'v', 't', 'energy', 'memorandum', 'o', ?, 0)`,
    );
    insert.run("a1", "R-1", "орта дəліз socar");
    insert.run("a2", "R-2", "digital ai");
    const found = (word: string) =>
      db.prepare(`SELECT agreementId FROM AgreementSearch WHERE text LIKE ? ORDER BY agreementId`).all(`%${word}%`).map((r) => (r as { agreementId: string }).agreementId);
    expect(found("дəліз")).toEqual(["a1"]);
    db.prepare(`UPDATE Agreement SET searchText = 'middle corridor' WHERE id = 'a1'`).run();
    expect(found("дəліз")).toEqual([]);
    expect(found("corridor")).toEqual(["a1"]);
    db.prepare(`DELETE FROM Agreement WHERE id = 'a2'`).run();
    expect(found("digital")).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM AgreementSearch").get()).toEqual({ n: 1 });
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT agreementId FROM AgreementSearch WHERE text LIKE ?").all("%corridor%");
    expect(JSON.stringify(plan)).toMatch(/VIRTUAL TABLE INDEX/);
  });
});

describe("the PostgreSQL schema variant", () => {
  const schema = postgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8"));
  it("declares the search tables as views over the trigram-indexed columns", () => {
    expect(schema).toMatch(/^view AgreementSearch \{/m);
    expect(schema).toMatch(/^view DocumentTextSearch \{/m);
    expect(schema).toContain('previewFeatures = ["views"]');
    expect(schema).toContain('@@index([searchText(ops: raw("gin_trgm_ops"))], type: Gin)');
    expect(schema).not.toMatch(/\/\/ postgresql: /);
  });
});
