// The dashboard's weekly status trend is counted back from the agreements' current status and
// reads only the changes since its first week end (lib/data/dashboard-trend.ts). This checks it,
// on a real SQLite database holding the visit's package and a synthetic portfolio, against each
// agreement's whole history read straight from SQLite (stateAsOf at every week end), per scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stateAsOf } from "@/lib/domain/as-of";
import { trendWeekEnds, zeroByStatus } from "@/lib/domain/dashboard";
import { AGREEMENT_STATUSES, type AgreementStatus } from "@/lib/domain/vocabulary";
import { sqliteDate } from "@/bench/lib/sqlite-values";
import { createTestDatabase, pointDataLayerAt, recordingClient, releaseDataLayer, seedPortfolio, type RecordingClient, type TestDatabase } from "./support/test-db";

type StatusTrend = typeof import("@/lib/data/dashboard-trend").statusTrend;

const NOW = new Date("2026-11-01T12:00:00Z");

let testDb: TestDatabase;
let recorder: RecordingClient;
let statusTrend: StatusTrend;

beforeAll(async () => {
  testDb = createTestDatabase("dashboard-trend");
  await seedPortfolio(testDb, { agreements: 300, updates: 3000, milestones: 300 }, { now: NOW, seed: 11 });
  // One agreement archived: the trend leaves it out of every week, as the scope does.
  testDb.sqlite.prepare(`UPDATE Agreement SET archivedAt = ? WHERE id = (SELECT id FROM Agreement ORDER BY reference LIMIT 1)`).run(sqliteDate(NOW));
  // One agreement signed three weeks ago, on track since last week: its first update (no status
  // before it) falls inside the trend, which must not count it in the weeks before.
  const day = (n: number) => sqliteDate(new Date(NOW.getTime() - n * 86_400_000));
  testDb.sqlite
    .prepare(
      `INSERT INTO Agreement (id, reference, visitId, title, area, instrumentType, leadOrganizationId, status, progress, lastUpdateAt, updatedAt)
       SELECT 'recent', 'NEW-00001', visitId, 'Recent', 'youth', instrumentType, leadOrganizationId, 'on_track', 10, ?, ? FROM Agreement LIMIT 1`,
    )
    .run(day(7), day(7));
  const update = testDb.sqlite.prepare(
    `INSERT INTO StatusUpdate (id, agreementId, createdAt, statusBefore, statusAfter, progressAfter) VALUES (?, 'recent', ?, ?, ?, ?)`,
  );
  update.run("recent-1", day(21), null, "not_started", 0);
  update.run("recent-2", day(14), "not_started", "not_started", 5);
  update.run("recent-3", day(7), "not_started", "on_track", 10);
  recorder = recordingClient(testDb);
  pointDataLayerAt(testDb, recorder.client);
  ({ statusTrend } = await import("@/lib/data/dashboard-trend"));
}, 60_000);

afterAll(async () => {
  await recorder?.client.$disconnect();
  testDb?.remove();
  releaseDataLayer();
});

type Row = { agreementId: string; createdAt: string; statusBefore: string | null; statusAfter: string };

/**
 * An agreement's updates in the order they were written: by time, and updates made at the same
 * moment (the synthetic portfolio has a few) by the status each replaced, as the data layer
 * chained them, so the last one is the agreement's current status.
 */
function inWrittenOrder(rows: Row[]): Row[] {
  const ordered: Row[] = [];
  const pending = [...rows].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  while (pending.length) {
    const previous = ordered.at(-1)?.statusAfter ?? null;
    const sameTime = pending.filter((r) => r.createdAt === pending[0].createdAt);
    const next = sameTime.find((r) => r.statusBefore === previous) ?? sameTime[0];
    ordered.push(next);
    pending.splice(pending.indexOf(next), 1);
  }
  return ordered;
}

/** The trend from every update of the agreements the SQL condition selects. */
function expectedTrend(whereSql: string) {
  const rows = testDb.sqlite
    .prepare(
      `SELECT u.agreementId, u.createdAt, u.statusBefore, u.statusAfter FROM StatusUpdate u JOIN Agreement a ON a.id = u.agreementId
       WHERE a.archivedAt IS NULL ${whereSql ? `AND ${whereSql}` : ""} ORDER BY u.createdAt, u.id`,
    )
    .all() as Row[];
  const rowsOf = new Map<string, Row[]>();
  for (const r of rows) rowsOf.set(r.agreementId, [...(rowsOf.get(r.agreementId) ?? []), r]);
  const byAgreement = [...rowsOf.values()].map((list) =>
    inWrittenOrder(list).map((r) => ({ createdAt: new Date(r.createdAt), statusAfter: r.statusAfter, progressAfter: 0, note: "", assessments: [] })),
  );
  const earliest = rows.length ? new Date(rows[0].createdAt) : null;
  return {
    updates: rows.length,
    points: trendWeekEnds(NOW, earliest).map((weekEnd) => {
      const counts = zeroByStatus();
      for (const history of byAgreement) {
        const state = stateAsOf(history, weekEnd);
        if (state && (AGREEMENT_STATUSES as readonly string[]).includes(state.status)) counts[state.status as AgreementStatus]++;
      }
      return { weekEnd, counts };
    }),
  };
}

const scopes = [
  { name: "every agreement", where: { archivedAt: null }, whereSql: "" },
  { name: "one area", where: { archivedAt: null, area: { in: ["transport"] } }, whereSql: "a.area = 'transport'" },
  { name: "two areas", where: { archivedAt: null, area: { in: ["energy", "digital"] } }, whereSql: "a.area IN ('energy', 'digital')" },
];

describe("statusTrend", () => {
  for (const scope of scopes) {
    it(`equals the trend of the whole history: ${scope.name}`, async () => {
      const expected = expectedTrend(scope.whereSql);
      expect(expected.updates, "the scope must have a history to count").toBeGreaterThan(100);
      recorder.reset();
      const points = await statusTrend(scope.where, NOW);
      expect(points).toEqual(expected.points);
      // Some week end counts agreements in several statuses: the comparison is not of empty weeks.
      expect(points.some((p) => Object.values(p.counts).filter((n) => n > 0).length >= 3)).toBe(true);
    });
  }

  it("counts the changes since the first week end in the database, week by week, not the whole history", async () => {
    recorder.reset();
    await statusTrend({ archivedAt: null, area: { in: ["youth"] } }, NOW);
    const changes = recorder.statements.filter((sql) => /statusBefore[\s\S]*FROM\s+\S*StatusUpdate/i.test(sql));
    // One count per week end (the trend's points), each bounded below by its week end.
    expect(changes.length, recorder.statements.join("\n")).toBe(trendWeekEnds(NOW, null).length);
    for (const sql of changes) {
      expect(sql).toMatch(/COUNT\(/i);
      expect(sql).toMatch(/GROUP BY/i);
      expect(sql).toMatch(/createdAt\S*\s*>\s*\?/);
    }
  });
});

/** SQLite's plan for a statement the client recorded, as one line. */
function planOf(i: number): string {
  return testDb.sqlite
    .prepare(`EXPLAIN QUERY PLAN ${recorder.statements[i]}`)
    .all(...(recorder.params[i] ?? []))
    .map((row) => (row as { detail: string }).detail)
    .join("; ");
}

// The dashboard's counts over updates, open milestones and assessments read their own columns from
// an index (migration 20261207132617_dashboard_indexes), not from their rows: one uncached dashboard
// at 100,000 agreements took 2.2 s, now 1.5 s (bench/README.md). Each agreement is still checked
// for its scope in its row (SQLite prefers the primary key's index for that join).
describe("the dashboard's counts read indexes, not rows", () => {
  it("the trend: each week's count of the portfolio's changes from the update index", async () => {
    recorder.reset();
    // The whole portfolio, written another way: the first test's trend is kept for the revision.
    await statusTrend({ AND: [{ archivedAt: null }] }, NOW);
    const counts = recorder.statements.flatMap((sql, i) => (/COUNT\([\s\S]*FROM\s+\S*StatusUpdate/i.test(sql) ? [i] : []));
    expect(counts.length).toBeGreaterThan(1);
    for (const i of counts) expect(planOf(i)).toMatch(/COVERING INDEX StatusUpdate_trend_idx/);
  });

  it("the overdue milestones and the heat map: from their indexes too", async () => {
    // Counted from the data, as the dashboard does until its kept counts are whole (dashboard-counts.ts).
    const { countedCounts } = await import("@/lib/data/dashboard-counts");
    recorder.reset();
    await countedCounts({ area: [] }, NOW, 30);
    const overdue = recorder.statements.findIndex((sql) => /COUNT\([\s\S]*FROM\s+\S*Milestone\S*\s+LEFT JOIN[\s\S]*dueDate\S*\s*<\s*\?/i.test(sql));
    expect(overdue, recorder.statements.join("\n")).toBeGreaterThanOrEqual(0);
    expect(planOf(overdue)).toMatch(/COVERING INDEX Milestone_open_due_idx/);
    const heat = recorder.statements.findIndex((sql) => /FROM "ChallengeAssessment" ca JOIN "Agreement" a/.test(sql));
    expect(heat).toBeGreaterThanOrEqual(0);
    expect(planOf(heat)).toMatch(/COVERING INDEX ChallengeAssessment_heat_idx/);
  });
});
