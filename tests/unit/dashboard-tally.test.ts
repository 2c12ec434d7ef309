// The dashboard's kept counts (lib/data/dashboard-tally.ts) against the same numbers counted from
// the data (lib/data/dashboard-counts.ts's countedCounts), on a real SQLite database holding the
// visit's package and a synthetic portfolio: for many scopes and moments, after the rebuild, and
// again after changes made through the data layer's own writes. And the counts the changes left
// equal a rebuild's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DashboardScope } from "@/lib/domain/dashboard";
import type { Actor } from "@/lib/domain/permissions";
import { AREAS, SIDES, type AgreementStatus } from "@/lib/domain/vocabulary";
import { createTestDatabase, pointDataLayerAt, recordingClient, releaseDataLayer, seedPortfolio, type RecordingClient, type TestDatabase } from "./support/test-db";
import type { DashboardCounts } from "@/lib/data/dashboard-counts";

const NOW = new Date("2026-11-01T12:00:00Z");
const DAY = 86_400_000;

let testDb: TestDatabase;
let db: PrismaClient;
let recorder: RecordingClient;
let counts: typeof import("@/lib/data/dashboard-counts");
let tallied: typeof import("@/lib/data/dashboard-tallied");
let tally: typeof import("@/lib/data/dashboard-tally");
let scopes: DashboardScope[];
let visitIds: string[];

beforeAll(async () => {
  testDb = createTestDatabase("dashboard-tally");
  await seedPortfolio(testDb, { agreements: 400, updates: 4000, milestones: 600 }, { now: NOW, seed: 23 });
  recorder = recordingClient(testDb);
  db = recorder.client;
  pointDataLayerAt(testDb, db);
  counts = await import("@/lib/data/dashboard-counts");
  tallied = await import("@/lib/data/dashboard-tallied");
  tally = await import("@/lib/data/dashboard-tally");
  const visits = await db.visit.findMany({ select: { id: true } });
  visitIds = visits.map((v) => v.id);
  scopes = [
    { area: [] },
    ...visits.map((v) => ({ visit: v.id, area: [] })),
    { area: ["energy"] },
    { area: ["transport", "youth", "culture"] },
    ...SIDES.map((side) => ({ side, area: [] })),
    { visit: visits[0].id, area: ["digital", "education"], side: "KZ" },
    { visit: visits[visits.length - 1].id, area: [...AREAS], side: "AZ" },
  ];
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  testDb?.remove();
  releaseDataLayer();
});

/** The counts in one order, whatever order the database grouped them in. */
function normalized(c: DashboardCounts) {
  return {
    ...c,
    groups: [...c.groups].sort((x, y) => `${x.area}/${x.status}`.localeCompare(`${y.area}/${y.status}`)),
    heat: [...c.heat.entries()].map(([area, groups]) => [area, [...groups].sort((x, y) => `${x.challengeId}/${x.severity}`.localeCompare(`${y.challengeId}/${y.severity}`))]),
  };
}

// Noon, the last moment of a day, midnight (the staleness cutoff on a day's start), and moments
// a year on and back, when most milestones are overdue or none is.
const MOMENTS = [NOW, new Date("2026-11-01T23:59:59.999Z"), new Date("2026-11-05T00:00:00Z"), new Date(NOW.getTime() + 400 * DAY), new Date(NOW.getTime() - 300 * DAY)];

async function expectTheSame(label: string) {
  let compared = 0;
  for (const scope of scopes) {
    for (const now of MOMENTS) {
      const fromTally = normalized(await tallied.talliedCounts(scope, now, 30, visitIds));
      const fromData = normalized(await counts.countedCounts(scope, now, 30));
      expect(fromTally, `${label}: ${JSON.stringify(scope)} at ${now.toISOString()}`).toEqual(fromData);
      compared++;
    }
  }
  return compared;
}

/** The kept counts as rows, without those that net to nothing. */
const keptRows = () =>
  db.dashboardTally.findMany({ where: { OR: [{ n: { not: 0 } }, { sum: { not: 0 } }] }, orderBy: [{ kind: "asc" }, { grain: "asc" }, { visitId: "asc" }, { area: "asc" }, { side: "asc" }, { period: "asc" }, { a: "asc" }, { b: "asc" }] });

const actorOf = async (email: string): Promise<Actor> => {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, role: u.role as Actor["role"], organizationId: u.organizationId };
};

describe("the dashboard's kept counts", () => {
  it("are marked whole by the rebuild and equal the counts from the data in every scope and moment", async () => {
    expect(await tally.talliesAreBuilt(db)).toBe(true);
    // Something to compare: the portfolio has overdue, due-soon and stale work and a moving trend.
    const whole = await counts.countedCounts({ area: [] }, NOW, 30);
    expect(whole.overdueMilestones).toBeGreaterThan(20);
    expect(whole.dueSoonMilestones).toBeGreaterThan(0);
    expect(whole.stale).toBeGreaterThan(20);
    expect(new Set(whole.trend.map((p) => p.counts.on_track)).size).toBeGreaterThan(1);
    expect(await expectTheSame("rebuilt")).toBe(scopes.length * MOMENTS.length);
  }, 120_000);

  it("follow every kind of change made through the data layer, and equal a rebuild afterwards", async () => {
    const admin = await actorOf("admin@accord.test");
    const [tracking, milestones, admin_] = [await import("@/lib/data/tracking"), await import("@/lib/data/milestones"), await import("@/lib/data/agreement-admin")];
    const pick = (n: number) =>
      db.agreement.findMany({
        where: { archivedAt: null, reference: { startsWith: "SYN" }, milestones: { some: { doneDate: null } } },
        orderBy: { reference: "asc" },
        skip: n * 7,
        take: 1,
        include: { assessments: true, parties: true, milestones: { where: { doneDate: null }, orderBy: { dueDate: "asc" } } },
      }).then(([a]) => a);

    // A status update that changes the status, the progress and an assessment.
    const a1 = await pick(1);
    const next: AgreementStatus = a1.status === "on_track" ? "delayed" : "on_track";
    await tracking.postStatusUpdate(
      {
        agreementId: a1.id,
        version: a1.version,
        status: next,
        progress: (a1.progress + 17) % 101,
        note: "tally test",
        assessments: a1.assessments.map((x, i) => ({ challengeId: x.challengeId, severity: i === 0 ? (x.severity === "high" ? "low" : "high") : (x.severity as "none"), note: "", mitigation: "" })),
      },
      admin,
    );
    // A milestone added overdue, one completed, one moved.
    const a2 = await pick(2);
    await milestones.addMilestone({ agreementId: a2.id, title: "Overdue one", language: "en", dueDate: "2026-09-15" }, admin);
    const a3 = await pick(3);
    const [open3] = a3.milestones;
    expect(open3, "a synthetic agreement with an open milestone").toBeDefined();
    await milestones.completeMilestone({ agreementId: a3.id, milestoneId: open3.id, version: open3.version, doneDate: "2026-10-30", evidence: "done" }, admin);
    const a4 = await pick(4);
    const [open4] = a4.milestones;
    await milestones.editMilestone({ agreementId: a4.id, milestoneId: open4.id, version: open4.version, title: open4.title, dueDate: "2026-11-03" }, admin);
    // An agreement moved to another area and visit, with its parties changed (so its side may move).
    const a5 = await pick(5);
    const otherVisit = await db.visit.findFirstOrThrow({ where: { id: { not: a5.visitId } } });
    const otherLead = await db.organization.findFirstOrThrow({ where: { id: { not: a5.leadOrganizationId }, country: "KZ" } });
    await admin_.updateAgreement(
      {
        agreementId: a5.id,
        version: a5.version,
        reference: a5.reference,
        visitId: otherVisit.id,
        title: a5.title,
        language: "en",
        texts: {},
        area: a5.area === "youth" ? "energy" : "youth",
        instrumentType: a5.instrumentType as "memorandum",
        signedDate: null,
        targetDate: null,
        leadOrganizationId: otherLead.id,
        partyOrganizationIds: [],
        summary: a5.summary,
        sourceExcerpt: "",
      },
      admin,
    );
    // One archived, and one archived and brought back.
    const a6 = await pick(6);
    await admin_.setArchived({ agreementId: a6.id, version: a6.version, archived: true }, admin);
    const a7 = await pick(7);
    await admin_.setArchived({ agreementId: a7.id, version: a7.version, archived: true }, admin);
    await admin_.setArchived({ agreementId: a7.id, version: a7.version + 1, archived: false }, admin);
    // A new agreement.
    const lead = await db.organization.findFirstOrThrow({ where: { country: "AZ" } });
    await admin_.createAgreement(
      {
        reference: "AZ-KZ-2026-TLY-01",
        visitId: otherVisit.id,
        title: "Tally test",
        language: "en",
        texts: {},
        area: "digital",
        instrumentType: "memorandum",
        signedDate: "2026-10-01",
        targetDate: null,
        leadOrganizationId: lead.id,
        partyOrganizationIds: [otherLead.id],
        summary: "",
        sourceExcerpt: "",
      },
      admin,
    );

    await expectTheSame("after the changes");
    const afterChanges = await keptRows();
    await tally.rebuildDashboardTallies(db);
    expect(await keptRows()).toEqual(afterChanges);
  }, 120_000);

  it("place each agreement in the same scopes as the table's filters, and give the same newest updates", async () => {
    const { agreementWhere } = await import("@/lib/data/agreement-where");
    const { scopeQuery } = await import("@/lib/url-state/dashboard-scope");
    const { getDashboard } = await import("@/lib/data/dashboard");
    const all = (await db.agreement.findMany({ select: { id: true } })).map((a) => a.id);
    const admin = { id: "nobody", role: "admin", organizationId: null, email: "a@example.org", name: "A", organizationName: null, secondFactorEnabled: true } as const;
    for (const scope of scopes) {
      const inScope = agreementWhere(scopeQuery(scope), { now: NOW, staleAfterDays: 30 });
      const expected = (await db.agreement.findMany({ where: inScope, select: { id: true } })).map((a) => a.id).sort();
      expect([...(await tally.inDashboardScope(db, all, scope))].sort(), JSON.stringify(scope)).toEqual(expected);
      const newest = await db.statusUpdate.findMany({ where: { agreement: inScope }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 10, select: { id: true } });
      expect((await getDashboard(scope, admin, NOW, "en")).latestUpdates.map((u) => u.id), JSON.stringify(scope)).toEqual(newest.map((u) => u.id));
    }
  });

  it("are read by their primary key, a few hundred rows whatever the portfolio's size", async () => {
    for (const scope of [{ area: [] }, scopes[scopes.length - 1]]) {
      recorder.reset();
      await tallied.talliedCounts(scope, NOW, 30, visitIds);
      const reads = recorder.statements.flatMap((sql, i) => (sql.includes('"DashboardTally"') ? [i] : []));
      // Every number in one statement.
      expect(reads).toHaveLength(1);
      for (const i of reads) {
        const plan = testDb.sqlite
          .prepare(`EXPLAIN QUERY PLAN ${recorder.statements[i]}`)
          .all(...(recorder.params[i] ?? []))
          .map((row) => (row as { detail: string }).detail);
        const tallyReads = plan.filter((step) => step.includes("DashboardTally"));
        expect(tallyReads.length, recorder.statements[i]).toBeGreaterThanOrEqual(18);
        for (const step of tallyReads) expect(step, recorder.statements[i]).toMatch(/^SEARCH DashboardTally USING (PRIMARY KEY|INDEX sqlite_autoindex_DashboardTally_1) \(kind=\? AND grain=\? AND visitId=\? AND area=\? AND side=\?/);
      }
    }
  });

  it("are not read before a rebuild marked them whole", async () => {
    await db.$executeRaw`DELETE FROM "DashboardTally" WHERE "kind" = '#built'`;
    expect(await tally.talliesAreBuilt(db)).toBe(false);
    await tally.rebuildDashboardTallies(db);
    expect(await tally.talliesAreBuilt(db)).toBe(true);
  });
});
