import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "@/scripts/lib/schema-variants";

// SQLite's search index is a pair of FTS5 tables kept in step by triggers. Prisma's RedefineTables
// (a later migration that rebuilds Agreement or DocumentBlob) drops triggers with the old table;
// this applies every migration and checks that the triggers exist and the index follows writes.
const MIGRATIONS = fs.readdirSync("prisma/migrations").filter((d) => /^\d/.test(d)).sort();

/** Applies the migrations `which` keeps (all by default), in order. */
function migrate(db: Database.Database, which: (dir: string) => boolean = () => true): Database.Database {
  for (const dir of MIGRATIONS.filter(which)) db.exec(fs.readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8"));
  return db;
}
const migrated = () => migrate(new Database(":memory:"));

/** A visit and an organization to hang agreements on; inserts an agreement with its search text. */
function agreementWriter(db: Database.Database): (id: string, reference: string, searchText: string) => void {
  db.exec(`INSERT INTO Visit (id, slug, title, hostCountry, guestCountry, place, startDate, endDate, createdAt, updatedAt)
           VALUES ('v', 'v', 'V', 'KZ', 'AZ', 'Astana', 0, 0, 0, 0)`);
  db.exec(`INSERT INTO Organization (id, name, country, kind, createdAt, updatedAt) VALUES ('o', 'O', 'AZ', 'ministry', 0, 0)`);
  const insert = db.prepare(
    `INSERT INTO Agreement (id, reference, visitId, title, area, instrumentType, leadOrganizationId, searchText, updatedAt)
     VALUES (?, ?, 'v', 't', 'energy', 'memorandum', 'o', ?, 0)`,
  );
  return (id, reference, searchText) => void insert.run(id, reference, searchText);
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
    const insert = agreementWriter(db);
    insert("a1", "R-1", "орта дəліз socar");
    insert("a2", "R-2", "digital ai");
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

// The agreements' index is keyed by each agreement's rowid (migration 20261207130000_search_by_rowid):
// the search page reaches an agreement from an index match by that rowid (lib/data/sqlite-table-page.ts).
describe("the agreements' search index keyed by rowid", () => {
  const ROWID_MIGRATION = "20261207130000_search_by_rowid";

  function withAgreements(db: Database.Database, n: number) {
    const insert = agreementWriter(db);
    for (let i = 0; i < n; i++) insert(`a${i}`, `R-${i}`, i % 2 ? `орта дəліз ${i}` : `digital ${i}`);
  }
  const matching = (db: Database.Database, match: string) =>
    db
      .prepare(`SELECT a.id FROM Agreement a WHERE a.rowid IN (SELECT rowid FROM AgreementSearch WHERE AgreementSearch MATCH ?) ORDER BY a.id`)
      .all(match)
      .map((r) => (r as { id: string }).id);
  const misaligned = (db: Database.Database) =>
    db.prepare(`SELECT count(*) AS n FROM Agreement a LEFT JOIN AgreementSearch s ON s.rowid = a.rowid WHERE s.agreementId IS NOT a.id`).get();

  it("is rebuilt in rowid order by its migration, then follows inserts, updates and deletes", () => {
    const db = migrate(new Database(":memory:"), (d) => d < ROWID_MIGRATION);
    withAgreements(db, 6);
    // An index written in another order (as a table rebuild leaves it): rowids that mean nothing.
    db.exec(`DELETE FROM AgreementSearch; INSERT INTO AgreementSearch (agreementId, text) SELECT id, searchText FROM Agreement ORDER BY id DESC`);
    expect(misaligned(db)).not.toEqual({ n: 0 });
    migrate(db, (d) => d >= ROWID_MIGRATION);
    expect(misaligned(db)).toEqual({ n: 0 });
    expect(matching(db, '"дəліз"')).toEqual(["a1", "a3", "a5"]);
    db.prepare(`UPDATE Agreement SET searchText = 'middle corridor' WHERE id = 'a1'`).run();
    db.prepare(`DELETE FROM Agreement WHERE id IN ('a3', 'a4')`).run();
    db.prepare(`INSERT INTO Agreement (id, reference, visitId, title, area, instrumentType, leadOrganizationId, searchText, updatedAt)
                VALUES ('b', 'R-b', 'v', 't', 'energy', 'memorandum', 'o', 'дəліз', 0)`).run();
    expect(matching(db, '"дəліз"')).toEqual(["a5", "b"]);
    expect(matching(db, '"corridor"')).toEqual(["a1"]);
    expect(misaligned(db)).toEqual({ n: 0 });
  });

  it("keeps its rowids through VACUUM, VACUUM INTO and the backup API (the SQLite in use)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-rowids-"));
    try {
      const file = path.join(dir, "live.db");
      const db = migrate(new Database(file));
      withAgreements(db, 400);
      // Gaps: rows deleted here and there, which a renumbering rebuild would close.
      db.prepare(`DELETE FROM Agreement WHERE rowid % 3 = 0`).run();
      const rowids = (d: Database.Database) => d.prepare(`SELECT rowid AS r, id FROM Agreement ORDER BY id`).all();
      const before = rowids(db);
      db.exec("VACUUM");
      expect(rowids(db)).toEqual(before);
      db.exec(`VACUUM INTO '${path.join(dir, "into.db")}'`);
      await db.backup(path.join(dir, "backup.db"));
      db.close();
      for (const copy of ["into.db", "backup.db"]) {
        const other = new Database(path.join(dir, copy), { readonly: true });
        expect(rowids(other), copy).toEqual(before);
        expect(misaligned(other), copy).toEqual({ n: 0 });
        other.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000); // Three copies of a database: seconds on a busy machine, over the default 5.

  it("is rebuilt by every later migration that rebuilds the agreements (new rowids)", () => {
    const later = MIGRATIONS.filter((d) => d > ROWID_MIGRATION);
    for (const dir of later) {
      const sql = fs.readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8");
      if (/INSERT INTO "new_Agreement"/.test(sql)) {
        expect(sql, dir).toMatch(/INSERT INTO "AgreementSearch" \("rowid", "agreementId", "text"\) SELECT "rowid", "id", "searchText" FROM "Agreement"/);
      }
    }
    expect(fs.existsSync(path.join("prisma/migrations", ROWID_MIGRATION))).toBe(true);
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
