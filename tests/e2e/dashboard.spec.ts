import { expect, test, type Page } from "./support/test";
import AxeBuilder from "@axe-core/playwright";
import { createTestUser, db, uniqueSuffix, writeTransaction } from "./support/db";
import { login } from "./support/auth";
import type { Prisma } from "../../lib/generated/prisma/client";
import { nextMilestoneDue, worstSeverityIndex } from "../../lib/domain/rollups";
import {
  AGREEMENT_STATUSES,
  AREAS,
  SEVERITIES,
  type AgreementStatus,
  type Area,
  type SeedChallengeKey,
  type Severity,
} from "../../lib/domain/vocabulary";

// Every figure is checked twice: against literal values of the test's own fixture (so a wrong
// oracle cannot hide a wrong dashboard), and against counts computed here straight from the
// database (the oracle below shares no code with the app). Each test creates its own visit and
// scopes the dashboard to it (visit=...), so parallel tests never move its numbers.

const DAY = 86_400_000;
const STALE_AFTER_DAYS = 30; // tests/e2e/support/server.ts
const todayUtc = () => new Date(new Date().toISOString().slice(0, 10) + "T00:00:00.000Z");
const daysFromToday = (n: number) => new Date(todayUtc().getTime() + n * DAY);
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const ORG = {
  socar: "State Oil Company of the Republic of Azerbaijan",
  azEnergy: "Ministry of Energy of the Republic of Azerbaijan",
  azDigital: "Ministry of Digital Development and Transport of the Republic of Azerbaijan",
  samruk: "Samruk-Kazyna Sovereign Wealth Fund",
  kzTransport: "Ministry of Transport of the Republic of Kazakhstan",
} as const;
type Org = keyof typeof ORG;

type Spec = {
  key: string;
  area: Area;
  status: AgreementStatus;
  progress: number;
  lead: Org;
  parties: Org[];
  severities?: Record<SeedChallengeKey, Severity>;
  milestones?: { due: number; done?: number }[];
  /** Days ago of the one initial status update; null: no update at all. */
  updatedDaysAgo: number | null;
  archived?: boolean;
};

// The fixture: 5 live agreements and 1 archived one (which must never count).
const FIXTURE: Spec[] = [
  { key: "A1", area: "energy", status: "on_track", progress: 40, lead: "socar", parties: ["samruk"], updatedDaysAgo: 5,
    severities: { infrastructure_funding: "medium", great_power_balance: "low", internal_reform: "none" },
    milestones: [{ due: -10 }, { due: 10 }] },
  { key: "A2", area: "energy", status: "at_risk", progress: 20, lead: "samruk", parties: ["azEnergy"], updatedDaysAgo: 60,
    severities: { infrastructure_funding: "high", great_power_balance: "none", internal_reform: "low" },
    milestones: [{ due: -20, done: -25 }, { due: 60 }] },
  { key: "A3", area: "transport", status: "delayed", progress: 10, lead: "kzTransport", parties: ["socar"], updatedDaysAgo: 45,
    severities: { infrastructure_funding: "critical", great_power_balance: "medium", internal_reform: "medium" },
    milestones: [{ due: -3 }, { due: -40 }] },
  { key: "A4", area: "digital", status: "completed", progress: 100, lead: "azDigital", parties: [], updatedDaysAgo: 90,
    severities: { infrastructure_funding: "none", great_power_balance: "none", internal_reform: "none" },
    milestones: [{ due: 5, done: -1 }] },
  { key: "A5", area: "transport", status: "on_track", progress: 50, lead: "kzTransport", parties: ["socar"], updatedDaysAgo: 2,
    severities: { infrastructure_funding: "critical", great_power_balance: "critical", internal_reform: "critical" },
    milestones: [{ due: -5 }, { due: 3 }], archived: true },
  { key: "A6", area: "energy", status: "not_started", progress: 0, lead: "socar", parties: ["samruk"], updatedDaysAgo: null },
];

type Fixture = { visitId: string; visitTitle: string; ids: Record<string, string>; refs: Record<string, string> };

async function createFixture(): Promise<Fixture> {
  const suffix = uniqueSuffix().toUpperCase();
  const visit = await db.visit.create({
    data: {
      slug: `e2e-dash-${suffix.toLowerCase()}`,
      title: `E2E dashboard visit ${suffix}`,
      hostCountry: "AZ",
      guestCountry: "KZ",
      place: "Baku",
      startDate: daysAgo(120),
      endDate: daysAgo(119),
    },
  });
  const orgs = await db.organization.findMany({ where: { name: { in: Object.values(ORG) } } });
  const orgId = (o: Org) => orgs.find((x) => x.name === ORG[o])!.id;
  const challenges = await db.challenge.findMany({ where: { key: { not: null } } });
  const ids: Record<string, string> = {};
  const refs: Record<string, string> = {};
  for (const spec of FIXTURE) {
    const reference = `E2E-DASH-${suffix}-${spec.key}`;
    const updatedAt = spec.updatedDaysAgo === null ? null : daysAgo(spec.updatedDaysAgo);
    const severities = spec.severities;
    const assessments = severities
      ? challenges.map((c) => ({ challengeId: c.id, severity: severities[c.key as SeedChallengeKey], note: "", mitigation: "" }))
      : [];
    const created = await db.agreement.create({
      data: {
        reference,
        visitId: visit.id,
        title: `Dashboard fixture ${spec.key} ${suffix}`,
        area: spec.area,
        instrumentType: "memorandum",
        status: spec.status,
        progress: spec.progress,
        leadOrganizationId: orgId(spec.lead),
        searchText: reference.toLowerCase(),
        worstSeverity: worstSeverityIndex(assessments.map((a) => a.severity)),
        nextMilestoneDue: nextMilestoneDue(
          (spec.milestones ?? []).map((m) => ({ dueDate: daysFromToday(m.due), doneDate: m.done === undefined ? null : daysFromToday(m.done) })),
        ),
        lastUpdateAt: updatedAt,
        archivedAt: spec.archived ? daysAgo(1) : null,
        parties: { create: [...new Set([spec.lead, ...spec.parties])].map((o) => ({ organizationId: orgId(o) })) },
        assessments: { create: assessments.map((a) => ({ ...a, assessedAt: updatedAt ?? new Date() })) },
        milestones: {
          create: (spec.milestones ?? []).map((m, i) => ({
            title: `Milestone ${spec.key}.${i + 1}`,
            dueDate: daysFromToday(m.due),
            doneDate: m.done === undefined ? null : daysFromToday(m.done),
          })),
        },
        statusUpdates: updatedAt
          ? {
              create: {
                createdAt: updatedAt,
                statusAfter: spec.status,
                progressAfter: spec.progress,
                note: `Initial state of ${spec.key}`,
                assessments: { create: assessments.map((a) => ({ ...a, changed: true })) },
              },
            }
          : undefined,
      },
    });
    ids[spec.key] = created.id;
    refs[spec.key] = reference;
  }
  return { visitId: visit.id, visitTitle: visit.title, ids, refs };
}

/** A status update written the way the app writes one: history row + snapshot, state, audit, in one transaction. */
async function postStatusUpdate(
  agreementId: string,
  authorId: string,
  change: { status: AgreementStatus; progress: number; severities: Partial<Record<SeedChallengeKey, Severity>>; note: string },
) {
  await writeTransaction(async (tx) => {
    const agreement = await tx.agreement.findUniqueOrThrow({
      where: { id: agreementId },
      include: { assessments: { include: { challenge: true } } },
    });
    const now = new Date();
    const next = agreement.assessments.map((a) => ({ ...a, after: change.severities[a.challenge.key as SeedChallengeKey] ?? a.severity }));
    const update = await tx.statusUpdate.create({
      data: {
        agreementId,
        authorId,
        createdAt: now,
        statusBefore: agreement.status,
        statusAfter: change.status,
        progressBefore: agreement.progress,
        progressAfter: change.progress,
        note: change.note,
        assessments: {
          create: next.map((a) => ({
            challengeId: a.challengeId,
            severity: a.after,
            severityBefore: a.severity,
            note: a.note,
            mitigation: a.mitigation,
            changed: a.after !== a.severity,
          })),
        },
      },
    });
    for (const a of next.filter((x) => x.after !== x.severity)) {
      await tx.challengeAssessment.update({ where: { id: a.id }, data: { severity: a.after, assessedById: authorId, assessedAt: now } });
    }
    const { count } = await tx.agreement.updateMany({
      where: { id: agreementId, version: agreement.version },
      data: {
        status: change.status,
        progress: change.progress,
        lastUpdateAt: now,
        lastUpdateById: authorId,
        worstSeverity: worstSeverityIndex(next.map((a) => a.after)),
        version: { increment: 1 },
      },
    });
    expect(count).toBe(1);
    await tx.auditEvent.create({
      data: {
        actorId: authorId,
        action: "status.update",
        entityType: "status_update",
        entityId: update.id,
        agreementId,
        before: JSON.stringify({ status: agreement.status, progress: agreement.progress }),
        after: JSON.stringify({ status: change.status, progress: change.progress }),
      },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The oracle: the dashboard's figures recomputed from the database with plain Prisma counts.
// ---------------------------------------------------------------------------------------------

type Figures = {
  total: number;
  progress: string;
  status: Record<AgreementStatus, number>;
  area: Record<Area, number>;
  overdueAgreements: number;
  overdueMilestones: number;
  dueSoon: number;
  stale: number;
  heat: Record<string, { worst: string; count: number }>;
};

async function databaseFigures(scope: Prisma.AgreementWhereInput, challengeIds: readonly string[]): Promise<Figures> {
  const live: Prisma.AgreementWhereInput = { AND: [scope, { archivedAt: null }] };
  const today = todayUtc();
  const overdue = { doneDate: null, dueDate: { lt: today } };
  const total = await db.agreement.count({ where: live });
  const avg = await db.agreement.aggregate({ where: live, _avg: { progress: true } });
  const status = {} as Record<AgreementStatus, number>;
  for (const s of AGREEMENT_STATUSES) status[s] = await db.agreement.count({ where: { AND: [live, { status: s }] } });
  const area = {} as Record<Area, number>;
  for (const a of AREAS) area[a] = await db.agreement.count({ where: { AND: [live, { area: a }] } });
  const heat: Figures["heat"] = {};
  for (const a of AREAS) {
    for (const c of challengeIds) {
      const found = await db.challengeAssessment.findMany({ where: { challengeId: c, agreement: { AND: [live, { area: a }] } } });
      const ranks = found.map((f) => SEVERITIES.indexOf(f.severity as Severity));
      heat[`${a}-${c}`] = {
        worst: ranks.length ? SEVERITIES[Math.max(...ranks)] : "",
        count: ranks.filter((r) => r >= 1).length,
      };
    }
  }
  return {
    total,
    progress: avg._avg.progress === null ? "—" : `${Math.round(avg._avg.progress)}%`,
    status,
    area,
    overdueAgreements: await db.agreement.count({ where: { AND: [live, { milestones: { some: overdue } }] } }),
    overdueMilestones: await db.milestone.count({ where: { ...overdue, agreement: live } }),
    dueSoon: await db.milestone.count({
      where: { doneDate: null, dueDate: { gte: today, lt: new Date(today.getTime() + 31 * DAY) }, agreement: live },
    }),
    stale: await db.agreement.count({
      where: {
        AND: [
          live,
          { status: { notIn: ["completed", "suspended"] } },
          { OR: [{ lastUpdateAt: null }, { lastUpdateAt: { lt: daysAgo(STALE_AFTER_DAYS) } }] },
        ],
      },
    }),
    heat,
  };
}

async function shownFigures(page: Page, challengeIds: readonly string[]): Promise<Figures> {
  const num = async (testId: string) => Number(await page.getByTestId(testId).textContent());
  const status = {} as Record<AgreementStatus, number>;
  for (const s of AGREEMENT_STATUSES) status[s] = await num(`dash-status-${s}`);
  const area = {} as Record<Area, number>;
  for (const a of AREAS) area[a] = await num(`dash-area-${a}`);
  const heat: Figures["heat"] = {};
  for (const a of AREAS) {
    for (const c of challengeIds) {
      heat[`${a}-${c}`] = {
        worst: (await page.getByTestId(`dash-heat-${a}-${c}`).getAttribute("data-worst")) ?? "missing",
        count: await num(`dash-heat-count-${a}-${c}`),
      };
    }
  }
  return {
    total: await num("dash-total"),
    progress: ((await page.getByTestId("dash-progress").textContent()) ?? "").trim(),
    status,
    area,
    overdueAgreements: await num("dash-overdue-agreements"),
    overdueMilestones: Number(await page.getByTestId("dash-overdue-milestones").getAttribute("data-count")),
    dueSoon: await num("dash-due-soon"),
    stale: await num("dash-stale"),
    heat,
  };
}

/** The references the agreements table shows at the current URL (all on one page). */
async function tableReferences(page: Page): Promise<string[]> {
  await expect(page.getByTestId("agreement-count")).toBeVisible();
  const links = page.getByRole("table").locator("tbody a[data-reference]");
  return (await links.allTextContents()).map((s) => s.trim()).sort();
}

async function referencesIn(where: Prisma.AgreementWhereInput): Promise<string[]> {
  const rows = await db.agreement.findMany({ where, select: { reference: true } });
  return rows.map((r) => r.reference).sort();
}

/** The seed's three challenges (others tests may add challenges at any time; these stay). */
const seedChallengeIds = async () =>
  (await db.challenge.findMany({ where: { key: { not: null } }, orderBy: { sortOrder: "asc" } })).map((c) => c.id);

const LOW_OR_WORSE = ["low", "medium", "high", "critical"];
const zeroStatus = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Record<AgreementStatus, number>;
const zeroArea = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;

async function openScoped(page: Page, fixture: Fixture) {
  // The scope form, as a person would use it; it writes the table's own `visit` parameter.
  await page.goto("/");
  await page.getByRole("combobox", { name: "Visit" }).selectOption({ label: fixture.visitTitle });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]visit=${fixture.visitId}(&|$)`));
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio dashboard" })).toBeVisible();
}

test("every number equals the database count for the seeded package and the whole portfolio", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const visit = await db.visit.findUniqueOrThrow({ where: { slug: "aliyev-kazakhstan-2025" } });
  const challengeIds = await seedChallengeIds();
  await login(page, viewer.email, viewer.password);
  // Other tests write to this shared database concurrently: retry the page + count pair until
  // both are read in between two of their writes.
  for (const [path, scope] of [
    [`/?visit=${visit.id}`, { visitId: visit.id }],
    ["/", {}],
  ] as const) {
    await expect(async () => {
      await page.goto(path);
      const shown = await shownFigures(page, challengeIds);
      expect(shown).toEqual(await databaseFigures(scope, challengeIds));
    }).toPass({ timeout: 30_000 });
  }
  // The seed's package is really there (12 agreements, all three challenges assessed in every area).
  await page.goto(`/?visit=${visit.id}`);
  expect(Number(await page.getByTestId("dash-total").textContent())).toBeGreaterThanOrEqual(12);
  for (const area of AREAS) {
    await expect(page.getByTestId(`dash-heat-${area}-${challengeIds[0]}`)).not.toHaveAttribute("data-worst", "");
  }
});

test("every number equals the database for the test's own visit, and again after a status update", async ({ page }) => {
  const fixture = await createFixture();
  const viewer = await createTestUser("viewer");
  const author = await createTestUser("admin", { name: `Dashboard author ${uniqueSuffix()}` });
  const challengeIds = await seedChallengeIds();
  const [I, G, R] = challengeIds;
  const scope = { visitId: fixture.visitId };
  await login(page, viewer.email, viewer.password);
  await openScoped(page, fixture);

  const before = await shownFigures(page, challengeIds);
  expect(before).toEqual(await databaseFigures(scope, challengeIds));
  expect(before).toMatchObject({
    total: 5,
    progress: "34%",
    status: { ...zeroStatus, not_started: 1, on_track: 1, at_risk: 1, delayed: 1, completed: 1 },
    area: { ...zeroArea, energy: 3, transport: 1, digital: 1 },
    overdueAgreements: 2,
    overdueMilestones: 3,
    dueSoon: 1,
    stale: 3,
  });
  expect(before.heat).toMatchObject({
    [`energy-${I}`]: { worst: "high", count: 2 },
    [`energy-${G}`]: { worst: "low", count: 1 },
    [`energy-${R}`]: { worst: "low", count: 1 },
    [`transport-${I}`]: { worst: "critical", count: 1 },
    [`transport-${G}`]: { worst: "medium", count: 1 },
    [`digital-${I}`]: { worst: "none", count: 0 },
    [`youth-${I}`]: { worst: "", count: 0 },
  });
  // Trend: this week as the history says (A6 has no update yet, A5 is archived).
  const lastWeek = page.getByTestId("dash-trend-table").locator("tbody tr").last();
  await expect(lastWeek.locator('td[data-status="at_risk"]')).toHaveText("1");
  await expect(lastWeek.locator('td[data-status="delayed"]')).toHaveText("1");

  await postStatusUpdate(fixture.ids.A2, author.id, {
    status: "delayed",
    progress: 25,
    severities: { infrastructure_funding: "critical" },
    note: "Financing <b>postponed</b> to next quarter",
  });
  await page.reload();

  const after = await shownFigures(page, challengeIds);
  expect(after).toEqual(await databaseFigures(scope, challengeIds));
  expect(after).toMatchObject({
    total: 5,
    progress: "35%",
    status: { ...zeroStatus, not_started: 1, on_track: 1, at_risk: 0, delayed: 2, completed: 1 },
    stale: 2,
  });
  expect(after.heat[`energy-${I}`]).toEqual({ worst: "critical", count: 2 });

  // The update heads the latest updates, with its author, and the note is text, not markup.
  const first = page.getByTestId("dash-updates").locator("tbody tr").first();
  await expect(first).toContainText(fixture.refs.A2);
  await expect(first.getByTestId("dash-update-author")).toHaveText(author.name);
  await expect(first.locator('[data-status="at_risk"]')).toBeVisible();
  await expect(first.locator('[data-status="delayed"]')).toBeVisible();
  await expect(first).toContainText("Financing <b>postponed</b> to next quarter");
  await expect(first.locator("b")).toHaveCount(0);
  // Seeded-style updates without an author show a dash.
  const initial = page.getByTestId("dash-updates").locator("tbody tr", { hasText: fixture.refs.A1 });
  await expect(initial.getByTestId("dash-update-author")).toHaveText("—");

  // The trend's last week moved; the week before still shows the old status.
  const weeks = page.getByTestId("dash-trend-table").locator("tbody tr");
  await expect(weeks.last().locator('td[data-status="at_risk"]')).toHaveText("0");
  await expect(weeks.last().locator('td[data-status="delayed"]')).toHaveText("2");
  await expect(weeks.nth(-2).locator('td[data-status="at_risk"]')).toHaveText("1");
});

test("each heat-map cell links to the table showing exactly the agreements it counts", async ({ page }) => {
  // Eighteen cells, each a full table page load: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const fixture = await createFixture();
  const viewer = await createTestUser("viewer");
  const challengeIds = await seedChallengeIds();
  await login(page, viewer.email, viewer.password);
  await openScoped(page, fixture);
  const dashboard = page.url();

  const cells: { area: Area; challengeId: string; href: string; count: number }[] = [];
  for (const area of AREAS) {
    for (const challengeId of challengeIds) {
      const cell = page.getByTestId(`dash-heat-${area}-${challengeId}`);
      cells.push({
        area,
        challengeId,
        href: (await cell.getAttribute("href")) ?? "",
        count: Number(await page.getByTestId(`dash-heat-count-${area}-${challengeId}`).textContent()),
      });
    }
  }
  // One cell by a real click, the rest by their addresses.
  await page.getByTestId(`dash-heat-energy-${challengeIds[0]}`).click();
  await expect(page).toHaveURL(/\/agreements\?/);
  expect(await tableReferences(page)).toEqual([fixture.refs.A1, fixture.refs.A2].sort());

  for (const cell of cells) {
    await page.goto(cell.href);
    const shown = await tableReferences(page);
    const expected = await referencesIn({
      visitId: fixture.visitId,
      archivedAt: null,
      area: cell.area,
      assessments: { some: { challengeId: cell.challengeId, severity: { in: LOW_OR_WORSE } } },
    });
    expect(shown, `${cell.area} x ${cell.challengeId}`).toEqual(expected);
    expect(shown).toHaveLength(cell.count);
  }
  // The archived agreement (critical everywhere) is in no cell.
  await page.goto(cells.find((c) => c.area === "transport" && c.challengeId === challengeIds[1])!.href);
  expect(await tableReferences(page)).toEqual([fixture.refs.A3]);
  await page.goto(dashboard);
});

test("each headline number links to the table rows behind it, within the scope", async ({ page }) => {
  // A dozen headline numbers, each followed to a full table page and back.
  test.setTimeout(180_000);
  const fixture = await createFixture();
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  await openScoped(page, fixture);
  const dashboard = page.url();
  const live = { visitId: fixture.visitId, archivedAt: null };
  const refs = (...keys: string[]) => keys.map((k) => fixture.refs[k]).sort();

  const cases = [
    { testId: "dash-total", where: live, expected: refs("A1", "A2", "A3", "A4", "A6") },
    { testId: "dash-status-delayed", where: { ...live, status: "delayed" }, expected: refs("A3") },
    { testId: "dash-area-energy", where: { ...live, area: "energy" }, expected: refs("A1", "A2", "A6") },
    {
      testId: "dash-overdue-agreements",
      where: { ...live, milestones: { some: { doneDate: null, dueDate: { lt: todayUtc() } } } },
      expected: refs("A1", "A3"),
    },
    {
      testId: "dash-stale",
      where: {
        ...live,
        status: { notIn: ["completed", "suspended"] },
        OR: [{ lastUpdateAt: null }, { lastUpdateAt: { lt: daysAgo(STALE_AFTER_DAYS) } }],
      },
      expected: refs("A2", "A3", "A6"),
    },
  ];
  for (const c of cases) {
    await page.goto(dashboard);
    const shownNumber = Number(await page.getByTestId(c.testId).textContent());
    await page.getByTestId(c.testId).click();
    await expect(page).toHaveURL(/\/agreements/);
    const shown = await tableReferences(page);
    expect(shown, c.testId).toEqual(c.expected);
    expect(shown, c.testId).toEqual(await referencesIn(c.where));
    expect(shownNumber, c.testId).toBe(shown.length);
  }

  // Side scope: A4 has no Kazakh organization, so it drops out, here and in the links.
  await page.goto(`/?visit=${fixture.visitId}&side=KZ`);
  await expect(page.getByTestId("dash-total")).toHaveText("4");
  await page.getByTestId("dash-total").click();
  expect(await tableReferences(page)).toEqual(refs("A1", "A2", "A3", "A6"));

  // Milestones due soon: the number leads to the list on the page, which holds them all.
  await page.goto(dashboard);
  await expect(page.getByTestId("dash-due-soon")).toHaveText("1");
  await page.getByTestId("dash-due-soon").click();
  await expect(page).toHaveURL(/#due-soon$/);
  const dueSoon = page.getByTestId("dash-due-soon-list").locator("li");
  await expect(dueSoon).toHaveCount(1);
  await expect(dueSoon.first()).toHaveAttribute("data-reference", fixture.refs.A1);
  await expect(page.getByTestId("dash-overdue-list").locator("li")).toHaveCount(3);
});

test("an editor sees their organization's agreements that need attention; a viewer does not", async ({ page }) => {
  const fixture = await createFixture();
  const editor = await createTestUser("editor", { organizationName: ORG.socar });
  await login(page, editor.email, editor.password);
  await openScoped(page, fixture);

  // SOCAR leads A1 and A6 and is a party to A3 (and to archived A5, which never counts).
  // A1: overdue milestone; A3: overdue and stale; A6: never updated (stale).
  await expect(page.getByTestId("dash-attention-overdue")).toHaveText("2");
  await expect(page.getByTestId("dash-attention-stale")).toHaveText("2");
  const rows = page.getByTestId("dash-attention").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  const row = (key: string) => page.getByTestId("dash-attention").locator(`tr[data-reference="${fixture.refs[key]}"]`);
  await expect(row("A1").locator("[data-reason]")).toHaveText(["1 overdue milestone"]);
  await expect(row("A3").locator("[data-reason]")).toHaveText(["2 overdue milestones", "No update for more than 30 days"]);
  await expect(row("A6").locator("[data-reason]")).toHaveText(["No update for more than 30 days"]);

  const organization = await db.organization.findUniqueOrThrow({ where: { name: ORG.socar } });
  const own = {
    visitId: fixture.visitId,
    archivedAt: null,
    OR: [{ leadOrganizationId: organization.id }, { parties: { some: { organizationId: organization.id } } }],
  };
  await page.getByTestId("dash-attention-overdue").click();
  expect(await tableReferences(page)).toEqual(
    await referencesIn({ AND: [own, { milestones: { some: { doneDate: null, dueDate: { lt: todayUtc() } } } }] }),
  );
  expect(await tableReferences(page)).toEqual([fixture.refs.A1, fixture.refs.A3].sort());
  await page.goBack();
  await page.getByTestId("dash-attention-stale").click();
  expect(await tableReferences(page)).toEqual([fixture.refs.A3, fixture.refs.A6].sort());

  // A viewer has no organization's work to chase: no panel.
  const viewer = await createTestUser("viewer");
  await page.context().clearCookies();
  await login(page, viewer.email, viewer.password);
  await page.goto(`/?visit=${fixture.visitId}`);
  await expect(page.getByTestId("dash-total")).toHaveText("5");
  await expect(page.getByTestId("dash-attention-overdue")).toHaveCount(0);
});

test("the dashboard is accessible, its charts have text alternatives, and it prints", async ({ page }) => {
  const fixture = await createFixture();
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  await page.goto(`/?visit=${fixture.visitId}`);

  // Charts are SVG drawn on the server, there before any script runs; each is an image whose label
  // carries the numbers, and each bar or line is drawn from the same figures.
  const statusChart = page.getByTestId("dash-status-chart");
  await expect(statusChart.locator("svg.chart-surface")).toBeVisible();
  await expect(statusChart.locator("rect")).toHaveCount(6); // one bar per status, zeros included
  await expect(page.getByTestId("dash-trend-chart").locator("polyline")).toHaveCount(6);
  await expect(statusChart).toHaveAttribute("role", "img");
  await expect(statusChart).toHaveAttribute("aria-label", /On track 1, At risk 1, Delayed 1, Completed 1, Suspended 0/);
  await expect(page.getByTestId("dash-area-chart")).toHaveAttribute("aria-label", /Energy 3/);
  await expect(page.getByTestId("dash-trend-chart").locator("svg.chart-surface")).toBeVisible();
  await expect(page.getByRole("table", { name: "Agreements per status at the end of each week" })).toBeAttached();

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // On paper: the scope is written out instead of the form, and the charts fit the page.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("dash-scope")).toContainText(fixture.visitTitle);
  await expect(page.getByRole("button", { name: "Apply" })).toBeHidden();
  await page.setViewportSize({ width: 700, height: 1000 });
  for (const id of ["dash-status-chart", "dash-trend-chart"]) {
    const chart = await page.getByTestId(id).locator("svg.chart-surface").boundingBox();
    expect(chart?.width ?? Infinity, id).toBeLessThanOrEqual(700);
  }
});
