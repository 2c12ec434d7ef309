// Issue 4: the number of database queries the agreements table makes must not grow with the page
// size (no per-row queries). Runs listAgreements on a real SQLite database holding the real
// package plus a synthetic portfolio, counting the SQL statements its Prisma client sends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAgreementQuery } from "@/lib/url-state/agreement-query";
import { startOfUtcDay } from "@/lib/domain/rollups";
import { sqliteDate } from "@/bench/lib/sqlite-values";
import { createTestDatabase, pointDataLayerAt, recordingClient, releaseDataLayer, seedPortfolio, type RecordingClient, type TestDatabase } from "./support/test-db";

type ListAgreements = typeof import("@/lib/data/agreements").listAgreements;

const NOW = new Date("2026-11-01T12:00:00Z");
const PAGE_SIZES = [25, 50, 100] as const;

let testDb: TestDatabase;
let recorder: RecordingClient;
let listAgreements: ListAgreements;

beforeAll(async () => {
  testDb = createTestDatabase("query-count");
  // 600 synthetic agreements: every query below matches more than 100 rows.
  await seedPortfolio(testDb, { agreements: 600, updates: 3000, milestones: 1200 }, { now: NOW, seed: 7 });
  recorder = recordingClient(testDb);
  // lib/data reads the app's one client from lib/db; hand it the recording client instead.
  pointDataLayerAt(testDb, recorder.client);
  ({ listAgreements } = await import("@/lib/data/agreements"));
}, 60_000);

afterAll(async () => {
  await recorder?.client.$disconnect();
  testDb?.remove();
  releaseDataLayer();
});

/** References of the first `limit` rows, straight from SQLite (the expected page). */
function expectedReferences(whereSql: string, orderSql: string, limit: number): { total: number; refs: string[] } {
  const where = `archivedAt IS NULL${whereSql ? ` AND ${whereSql}` : ""}`;
  const total = (testDb.sqlite.prepare(`SELECT count(*) AS n FROM Agreement WHERE ${where}`).get() as { n: number }).n;
  const refs = (
    testDb.sqlite.prepare(`SELECT reference FROM Agreement WHERE ${where} ORDER BY ${orderSql} LIMIT ?`).all(limit) as {
      reference: string;
    }[]
  ).map((r) => r.reference);
  return { total, refs };
}

const views = [
  {
    name: "default view (sorted by reference)",
    params: "",
    whereSql: "",
    orderSql: "reference ASC",
  },
  {
    name: "filtered by area and status, sorted by target date (the benchmark's view)",
    params: "area=energy,transport&status=on_track,at_risk,delayed&sort=targetDate&dir=desc",
    whereSql: "area IN ('energy', 'transport') AND status IN ('on_track', 'at_risk', 'delayed')",
    orderSql: "targetDate IS NULL, targetDate DESC, reference ASC",
  },
  {
    name: "filtered through relations (side, severity), sorted by lead organization",
    params: "side=KZ&minSeverity=high&sort=lead",
    whereSql: `(leadOrganizationId IN (SELECT id FROM Organization WHERE country = 'KZ')
        OR id IN (SELECT agreementId FROM AgreementParty p JOIN Organization o ON o.id = p.organizationId WHERE o.country = 'KZ'))
      AND id IN (SELECT agreementId FROM ChallengeAssessment WHERE severity IN ('high', 'critical'))`,
    orderSql: "(SELECT name FROM Organization o WHERE o.id = leadOrganizationId) ASC, reference ASC",
  },
  {
    // The filter reads the row's nextMilestoneDue; the expectation asks the milestones themselves.
    name: "overdue milestones only, sorted by next milestone",
    params: "overdue=1&sort=nextMilestone",
    whereSql: `id IN (SELECT agreementId FROM Milestone WHERE doneDate IS NULL AND dueDate < '${sqliteDate(startOfUtcDay(NOW))}')`,
    orderSql: "nextMilestoneDue IS NULL, nextMilestoneDue ASC, reference ASC",
  },
];

describe("listAgreements query count", () => {
  for (const view of views) {
    it(`is the same for page sizes 25, 50 and 100: ${view.name}`, async () => {
      const counts: Record<number, number> = {};
      const statements: Record<number, string[]> = {};
      // The organizations' names are read once per data revision (lib/data/organization-directory.ts):
      // read them before counting, so that every size below is counted alike.
      await listAgreements(parseAgreementQuery(new URLSearchParams(`${view.params}&size=25&page=2`)), NOW);
      for (const size of PAGE_SIZES) {
        const query = parseAgreementQuery(new URLSearchParams(`${view.params}&size=${size}`));
        recorder.reset();
        const page = await listAgreements(query, NOW);
        counts[size] = recorder.statements.length;
        statements[size] = [...recorder.statements];

        const expected = expectedReferences(view.whereSql, view.orderSql, size);
        expect(expected.total, "the seeded data must fill a page of 100").toBeGreaterThan(100);
        expect(page.total).toBe(expected.total);
        expect(page.pageSize).toBe(size);
        expect(page.rows).toHaveLength(size);
        expect(page.rows.map((r) => r.reference)).toEqual(expected.refs);
        // Relations were loaded for every row, not just counted.
        expect(page.rows.every((r) => r.lead.name.length > 0 && r.parties.length >= 1)).toBe(true);
      }
      expect(counts[25], "at least the count and the page query").toBeGreaterThanOrEqual(2);
      expect(
        [counts[50], counts[100]],
        `statements per call: ${JSON.stringify(counts)}\n${statements[100].join("\n")}`,
      ).toEqual([counts[25], counts[25]]);
    });
  }
});

// Issue 17: at 100,000 agreements the filtered page took 50-180 ms reading and sorting every
// matching row whole. The page is now chosen by a query that selects only ids, which
// Agreement_table_idx answers without the rows; the rows of the page are then read by key.
describe("choosing the page", () => {
  const sorts = ["targetDate", "lastUpdate", "progress", "title", "reference"] as const;
  for (const sort of sorts) {
    it(`reads the table index alone for a filtered view sorted by ${sort}`, async () => {
      const query = parseAgreementQuery(new URLSearchParams(`area=energy,transport&status=on_track,at_risk,delayed&sort=${sort}&dir=desc`));
      recorder.reset();
      const page = await listAgreements(query, NOW, undefined, "az");
      expect(page.rows).toHaveLength(query.size);
      const choosing = recorder.statements
        .map((sql, i) => ({ sql, params: recorder.params[i] }))
        // Prisma's, or the SQL page's on SQLite (lib/data/sqlite-table-page.ts).
        .filter(({ sql }) => /^\s*SELECT\s+\S*(Agreement\S*|a)\.\S*id\S*(\s+AS\s+\S+)?\s+FROM\s+\S*Agreement\S*(\s+a)?\s+WHERE[\s\S]*ORDER BY[\s\S]*LIMIT/i.test(sql));
      expect(choosing, recorder.statements.join("\n")).toHaveLength(1);
      const plan = testDb.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${choosing[0].sql}`)
        .all(...choosing[0].params)
        .map((row) => (row as { detail: string }).detail)
        .join("; ");
      expect(plan).toMatch(/USING COVERING INDEX Agreement_table_idx/);
      // The rows themselves are read by key, and only the page's.
      const rows = recorder.statements.filter((sql) => /\.\S*reference\S*,[\s\S]*FROM\s+\S*Agreement\S*\s+WHERE\s+\S*\.\S*id\S*\s+IN\s*\(/.test(sql));
      expect(rows, recorder.statements.join("\n")).toHaveLength(1);
      expect(rows[0].match(/\?/g)?.length, "the page's ids and Prisma's LIMIT and OFFSET").toBe(query.size + 2);
    });
  }
});


// The people a row names are those of its open milestones. Asking the database for the open ones
// drew SQLite to the index of every open milestone in the portfolio (20 ms a page at 100,000
// agreements); the page reads each agreement's milestones by its own index and keeps the open.
describe("the responsible people of a page", () => {
  it("are the owners of its open milestones, read by the agreements' own index", async () => {
    const users = (testDb.sqlite.prepare(`SELECT id FROM User ORDER BY id LIMIT 3`).all() as { id: string }[]).map((u) => u.id);
    expect(users).toHaveLength(3);
    testDb.sqlite.exec(`UPDATE Milestone SET ownerId = '${users[0]}' WHERE rowid % 4 = 0;
      UPDATE Milestone SET ownerId = '${users[1]}' WHERE rowid % 4 = 1;
      UPDATE Milestone SET ownerId = '${users[2]}', doneDate = '${sqliteDate(NOW)}' WHERE rowid % 4 = 2;`);
    const query = parseAgreementQuery(new URLSearchParams("sort=reference&size=100"));
    recorder.reset();
    const page = await listAgreements({ ...query, page: 2 }, NOW);
    const expected = testDb.sqlite.prepare(
      `SELECT GROUP_CONCAT(name, '|') AS names FROM (SELECT DISTINCT u.name FROM Milestone m JOIN User u ON u.id = m.ownerId
        WHERE m.agreementId = ? AND m.doneDate IS NULL ORDER BY u.name)`,
    );
    let named = 0;
    for (const row of page.rows) {
      const names = (expected.get(row.id) as { names: string | null }).names;
      expect(row.owners, row.reference).toEqual(names ? names.split("|").sort((a, b) => a.localeCompare(b)) : []);
      named += row.owners.length;
    }
    // Done milestones' owners were left out, and open ones' named.
    expect(named).toBeGreaterThan(20);
    expect(page.rows.some((row) => row.owners.length === 0)).toBe(true);
    const milestones = recorder.statements.map((sql, i) => ({ sql, params: recorder.params[i] })).filter(({ sql }) => /FROM\s+\S*Milestone\S*\s+WHERE/.test(sql));
    expect(milestones).toHaveLength(1);
    const plan = testDb.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${milestones[0].sql}`)
      .all(...milestones[0].params.map((v) => (typeof v === "boolean" ? Number(v) : v)))
      .map((row) => (row as { detail: string }).detail)
      .join("; ");
    expect(plan).toMatch(/\(agreementId=\?/);
    expect(plan).not.toMatch(/Milestone_open_due_idx/);
  });
});

// A view filtered only by what the dashboard's kept counts are kept by (area, status, visit, side)
// is counted from them: a few rows, where counting the agreements read every match's index entry.
describe("the count of a view", () => {
  // Prisma's count, or the SQL page's (lib/data/sqlite-table-page.ts), of agreements rather than kept counts.
  const countsAgreements = () => recorder.statements.some((sql) => sql.includes("COUNT(*)") && !sql.includes("DashboardTally") && /FROM\s+\S*Agreement\S*\s/.test(sql));
  const counted = (where: string) => (testDb.sqlite.prepare(`SELECT count(*) AS n FROM Agreement a WHERE archivedAt IS NULL AND ${where}`).get() as { n: number }).n;
  const onSide = (side: string) => `(EXISTS (SELECT 1 FROM Organization o WHERE o.id = a.leadOrganizationId AND o.country = '${side}')
    OR EXISTS (SELECT 1 FROM AgreementParty p JOIN Organization o ON o.id = p.organizationId WHERE p.agreementId = a.id AND o.country = '${side}'))`;

  it("is read from the kept counts when the filters are theirs, and equals the agreements counted", async () => {
    const visit = (testDb.sqlite.prepare(`SELECT visitId FROM Agreement GROUP BY visitId ORDER BY count(*) DESC LIMIT 1`).get() as { visitId: string }).visitId;
    const cases = [
      { params: "", where: "1 = 1" },
      { params: "area=energy,transport&status=on_track,at_risk,delayed", where: "area IN ('energy', 'transport') AND status IN ('on_track', 'at_risk', 'delayed')" },
      { params: "side=KZ", where: onSide("KZ") },
      { params: "side=AZ&area=energy&status=delayed", where: `${onSide("AZ")} AND area = 'energy' AND status = 'delayed'` },
      { params: `visit=${visit}&status=completed,not_started`, where: `visitId = '${visit}' AND status IN ('completed', 'not_started')` },
    ];
    for (const { params, where } of cases) {
      recorder.reset();
      const page = await listAgreements(parseAgreementQuery(new URLSearchParams(`${params}&sort=progress&page=7`)), NOW);
      expect(page.total, params).toBe(counted(where));
      expect(page.total, params).toBeGreaterThan(0);
      expect(countsAgreements(), `${params}:\n${recorder.statements.join("\n")}`).toBe(false);
    }
  });

  it("is counted from the agreements for any other filter, and while the kept counts are not built", async () => {
    recorder.reset();
    const severe = await listAgreements(parseAgreementQuery(new URLSearchParams("area=energy&minSeverity=high&sort=progress&page=8")), NOW);
    expect(countsAgreements()).toBe(true);
    expect(severe.total).toBe(counted(`area = 'energy' AND worstSeverity >= 3`));

    const built = testDb.sqlite.prepare(`SELECT * FROM DashboardTally WHERE kind = '#built'`).all();
    expect(built).toHaveLength(1);
    testDb.sqlite.exec(`DELETE FROM DashboardTally WHERE kind = '#built'`);
    try {
      recorder.reset();
      const page = await listAgreements(parseAgreementQuery(new URLSearchParams("area=transport&sort=progress&page=8")), NOW);
      expect(countsAgreements()).toBe(true);
      expect(page.total).toBe(counted(`area = 'transport'`));
    } finally {
      testDb.sqlite.exec(`INSERT INTO DashboardTally (kind, grain, visitId, area, side, period, a, b, n, sum) VALUES ('#built', '', '', '', '', '', '', '', 1, 0)`);
    }
  });
});

// The rows' organizations (lead and parties) are named from the directory of every organization,
// read once per data revision and shared with the filters' options, rather than joined to each page.
describe("naming a page's organizations", () => {
  const organizationStatements = () => recorder.statements.filter((sql) => /FROM\s+\S*Organization(Text)?\S*\s/.test(sql));

  it("reads no organization for a page once the revision's directory is read", async () => {
    await listAgreements(parseAgreementQuery(new URLSearchParams("sort=title&page=2")), NOW);
    recorder.reset();
    const page = await listAgreements(parseAgreementQuery(new URLSearchParams("sort=title&page=3")), NOW, undefined, "ru");
    expect(organizationStatements(), recorder.statements.join("\n")).toEqual([]);
    const names = testDb.sqlite.prepare(
      `SELECT COALESCE(NULLIF(t.name, ''), o.name) AS name FROM Agreement a JOIN Organization o ON o.id = a.leadOrganizationId
        LEFT JOIN OrganizationText t ON t.organizationId = o.id AND t.locale = 'ru' WHERE a.id = ?`,
    );
    expect(page.rows.length).toBeGreaterThan(0);
    for (const row of page.rows) expect(row.lead.name, row.reference).toBe((names.get(row.id) as { name: string }).name);
  });

  it("reads an organization created after the directory by itself, and names the row with it", async () => {
    await listAgreements(parseAgreementQuery(new URLSearchParams("sort=reference&page=4")), NOW);
    const { id: agreementId } = testDb.sqlite.prepare(`SELECT id FROM Agreement WHERE archivedAt IS NULL ORDER BY reference LIMIT 1 OFFSET 130`).get() as { id: string };
    // Written around the data layer: the revision (and so the directory) stays as it was.
    testDb.sqlite.exec(`INSERT INTO Organization (id, name, shortName, country, kind, createdAt, updatedAt)
      VALUES ('org-late', 'Agency Founded Between Two Reads', 'AFBTR', 'AZ', 'agency', 0, 0)`);
    testDb.sqlite.prepare(`UPDATE Agreement SET leadOrganizationId = 'org-late' WHERE id = ?`).run(agreementId);
    recorder.reset();
    const page = await listAgreements(parseAgreementQuery(new URLSearchParams("sort=reference&page=6")), NOW);
    const row = page.rows.find((r) => r.id === agreementId);
    expect(row, "the changed agreement is on page 6 of 25").toBeDefined();
    expect(row?.lead).toMatchObject({ id: "org-late", name: "Agency Founded Between Two Reads", shortName: "AFBTR", country: "AZ" });
    expect(organizationStatements().filter((sql) => /FROM\s+\S*Organization\S*\s+WHERE\s+\S*\.\S*id\S*\s+IN/.test(sql))).toHaveLength(1);
  });
});

// A page of the table is plain reads. Read in one transaction, it took SQLite's write lock for as
// long as it read (the adapter begins IMMEDIATE), waiting behind any writer and holding up every save.
describe("reading a page while another process writes", () => {
  for (const params of ["sort=progress&page=2", "q=energy&sort=lastUpdate"]) {
    it(`needs no write lock: ${params}`, async () => {
      testDb.sqlite.exec("BEGIN IMMEDIATE");
      try {
        // While this connection holds the lock, a read that waited for it would end only when the
        // adapter's retries gave up (20 s, P1008): past the test's timeout.
        const page = await listAgreements(parseAgreementQuery(new URLSearchParams(params)), NOW);
        expect(page.rows.length).toBeGreaterThan(0);
      } finally {
        testDb.sqlite.exec("ROLLBACK");
      }
    });
  }
});
