import { expect, test, type Page } from "./support/test";
import { createTestAgreement, createTestUser, createTestVisit, db, SAMRUK, SOCAR } from "./support/db";
import { login } from "./support/auth";
import { quarterRange } from "../../lib/domain/quarters";

const KZ_DIGITAL = "Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan";
const ASCO = "Azerbaijan Caspian Shipping Company";
const AKTAU = "Aktau International Sea Commercial Port";

const referencesOnPage = async (page: Page) =>
  page.locator("tbody tr a[data-reference]").allTextContents();

/** Six agreements under a visit of the test's own, differing in every filtered attribute. */
async function portfolio() {
  const visit = await createTestVisit();
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const make = (o: Parameters<typeof createTestAgreement>[0]) => createTestAgreement({ visitId: visit.id, ...o });
  const rows = {
    ferry: await make({ title: "Ferry capacity: Өзекті Қатынас route", area: "transport", lead: ASCO, parties: [AKTAU], status: "at_risk", severity: "high", targetDate: day("2027-03-01") }),
    port: await make({ title: "Port warehousing", area: "transport", lead: ASCO, parties: [SOCAR], status: "at_risk", severity: "medium", targetDate: day("2027-06-01") }),
    rail: await make({ title: "Rail tariffs", area: "transport", lead: AKTAU, parties: [ASCO], status: "on_track", severity: "critical", targetDate: day("2028-01-01") }),
    fund: await make({ title: "Fund rules", area: "energy", lead: SOCAR, parties: [SAMRUK], status: "at_risk", severity: "high", targetDate: day("2027-04-01") }),
    egov: await make({ title: "E-services", area: "digital", lead: KZ_DIGITAL, parties: [SOCAR], status: "delayed", severity: "low", targetDate: day("2027-02-01") }),
    youth: await make({
      title: "Youth forum",
      area: "youth",
      lead: SOCAR,
      parties: [SAMRUK],
      status: "on_track",
      severity: "none",
      milestones: [{ title: "Late", dueDate: new Date(Date.now() - 5 * 86_400_000) }],
    }),
  };
  return { visit, rows };
}

test("combined filters give exactly the rows the database holds, in the chosen order", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { visit, rows } = await portfolio();
  const infra = await db.challenge.findUniqueOrThrow({ where: { key: "infrastructure_funding" } });
  await login(page, viewer.email, viewer.password);

  await page.goto(`/agreements?visit=${visit.id}`);
  await expect(page.getByTestId("agreement-count")).toHaveText("6 agreements");

  // Area transport + status at risk + KZ side + infrastructure at least high, target before 2027-12-31.
  await page.getByRole("checkbox", { name: "Transport and logistics" }).check();
  await expect(page).toHaveURL(/area=transport/);
  await page.getByRole("checkbox", { name: "At risk" }).check();
  await expect(page).toHaveURL(/status=at_risk/);
  // The less used filters are folded away until asked for.
  await expect(page.getByLabel("Side", { exact: true })).toBeHidden();
  await page.getByText("More filters", { exact: true }).click();
  await page.getByLabel("Side", { exact: true }).selectOption({ label: "Kazakhstan" });
  await page.getByLabel("Challenge", { exact: true }).selectOption({ label: infra.name });
  await page.getByLabel("Severity", { exact: true }).selectOption({ label: "at least High" });
  await page.getByLabel("Target to", { exact: true }).fill("2027-12-31");
  await expect(page).toHaveURL(/targetTo=2027-12-31/);
  await expect(page.getByTestId("agreement-count")).toHaveText("1 agreement");
  expect(await referencesOnPage(page)).toEqual([rows.ferry.reference]);

  // The same set, straight from the database.
  const expected = await db.agreement.findMany({
    where: {
      visitId: visit.id,
      area: "transport",
      status: "at_risk",
      targetDate: { lte: new Date("2027-12-31T23:59:59Z") },
      OR: [{ leadOrganization: { country: "KZ" } }, { parties: { some: { organization: { country: "KZ" } } } }],
      assessments: { some: { challengeId: infra.id, severity: { in: ["high", "critical"] } } },
    },
    select: { reference: true },
  });
  expect(expected.map((e) => e.reference)).toEqual([rows.ferry.reference]);

  // Removing a chip widens the set again: every at-risk transport agreement with KZ involvement.
  await page.locator('[data-chip="challenge"]').click();
  await expect(page).not.toHaveURL(/challenge=/);
  await page.locator('[data-chip="targetTo"]').click();
  await expect(page).not.toHaveURL(/targetTo=/);
  await expect(page.getByTestId("agreement-count")).toHaveText("1 agreement");
  await page.locator('[data-chip="side"]').click();
  await expect(page).not.toHaveURL(/side=/);
  await expect(page.getByTestId("agreement-count")).toHaveText("2 agreements");
  expect((await referencesOnPage(page)).sort()).toEqual([rows.ferry.reference, rows.port.reference].sort());

  // Overdue milestones only, across the visit.
  await page.getByRole("link", { name: "Clear all filters" }).first().click();
  await page.goto(`/agreements?visit=${visit.id}&overdue=1`);
  expect(await referencesOnPage(page)).toEqual([rows.youth.reference]);

  // Sorting by target date, descending, puts undated rows last.
  await page.goto(`/agreements?visit=${visit.id}&sort=targetDate&dir=desc`);
  expect(await referencesOnPage(page)).toEqual([rows.rail, rows.port, rows.fund, rows.ferry, rows.egov, rows.youth].map((r) => r.reference));
});

test("what an organization still owes in a quarter: open milestones due within the days", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const visit = await createTestVisit();
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  // The first quarter two years ahead, so the milestone due today never falls into it.
  const y = new Date().getUTCFullYear() + 2;
  const make = (o: Parameters<typeof createTestAgreement>[0]) => createTestAgreement({ visitId: visit.id, area: "energy", ...o });
  const rows = {
    owes: await make({ title: "Owes in the quarter", lead: SOCAR, parties: [SAMRUK], milestones: [{ title: "Report", dueDate: day(`${y}-02-10`) }] }),
    done: await make({ title: "Delivered early", lead: SOCAR, parties: [SAMRUK], milestones: [{ title: "Report", dueDate: day(`${y}-02-15`), doneDate: day(`${y}-01-20`) }] }),
    lastDay: await make({
      title: "Party, due on the last day",
      lead: ASCO,
      parties: [SOCAR],
      milestones: [{ title: "Earlier", dueDate: day(`${y - 1}-12-20`) }, { title: "Last day", dueDate: day(`${y}-03-31`) }],
    }),
    otherOrg: await make({ title: "Not SOCAR's", lead: KZ_DIGITAL, parties: [SAMRUK], milestones: [{ title: "Report", dueDate: day(`${y}-01-05`) }] }),
    later: await make({ title: "Due after the quarter", lead: SOCAR, parties: [SAMRUK], milestones: [{ title: "Report", dueDate: day(`${y}-04-01`) }] }),
    today: await make({ title: "Due today", lead: SOCAR, parties: [SAMRUK], milestones: [{ title: "Report", dueDate: new Date() }] }),
  };
  const socar = await db.organization.findFirstOrThrow({ where: { name: SOCAR } });
  await login(page, viewer.email, viewer.password);
  await page.goto(`/agreements?visit=${visit.id}`);
  await expect(page.getByTestId("agreement-count")).toHaveText("6 agreements");

  await page.getByLabel("Organization (lead or party)").selectOption(socar.id);
  await expect(page).toHaveURL(new RegExp(`org=${socar.id}`));
  await page.getByText("More filters", { exact: true }).click();
  await page.getByLabel("Open milestone due from", { exact: true }).fill(`${y}-01-01`);
  await expect(page).toHaveURL(new RegExp(`dueFrom=${y}-01-01`));
  await page.getByLabel("Open milestone due to", { exact: true }).fill(`${y}-03-31`);
  await expect(page).toHaveURL(new RegExp(`dueTo=${y}-03-31`));
  await expect(page.getByTestId("agreement-count")).toHaveText("2 agreements");
  expect((await referencesOnPage(page)).sort()).toEqual([rows.owes.reference, rows.lastDay.reference].sort());

  // The same set, straight from the database.
  const expected = await db.agreement.findMany({
    where: {
      visitId: visit.id,
      OR: [{ leadOrganizationId: socar.id }, { parties: { some: { organizationId: socar.id } } }],
      milestones: { some: { doneDate: null, dueDate: { gte: day(`${y}-01-01`), lte: new Date(`${y}-03-31T23:59:59.999Z`) } } },
    },
    select: { reference: true },
  });
  expect(expected.map((e) => e.reference).sort()).toEqual([rows.owes.reference, rows.lastDay.reference].sort());

  // A "to" before the "from" is said next to the field, not left as a puzzling empty table.
  await page.getByLabel("Open milestone due from", { exact: true }).fill(`${y}-04-01`);
  await expect(page).toHaveURL(new RegExp(`dueFrom=${y}-04-01`));
  await expect(page.getByTestId("agreement-count")).toHaveText("0 agreements");
  const to = page.getByLabel("Open milestone due to", { exact: true });
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(to).toHaveAccessibleDescription("The “to” date is before the “from” date: no agreement can match.");

  // Removing the "to" chip leaves SOCAR's open milestones from April on.
  await page.locator('[data-chip="dueTo"]').click();
  await expect(page).not.toHaveURL(/dueTo=/);
  await expect(to).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("agreement-count")).toHaveText("1 agreement");
  expect(await referencesOnPage(page)).toEqual([rows.later.reference]);

  // One click for this quarter (the dates are lib/domain/quarters.ts's, unit-tested there).
  await page.getByRole("button", { name: "Due this quarter" }).click();
  const quarter = quarterRange(new Date());
  await expect(page).toHaveURL(new RegExp(`dueFrom=${quarter.from}`));
  await expect(page).toHaveURL(new RegExp(`dueTo=${quarter.to}`));
  const inQuarter = await db.agreement.findMany({
    where: {
      visitId: visit.id,
      OR: [{ leadOrganizationId: socar.id }, { parties: { some: { organizationId: socar.id } } }],
      milestones: { some: { doneDate: null, dueDate: { gte: day(quarter.from), lte: new Date(`${quarter.to}T23:59:59.999Z`) } } },
    },
    select: { reference: true },
  });
  expect(inQuarter.map((a) => a.reference)).toContain(rows.today.reference);
  await expect(page.getByTestId("agreement-count")).toHaveText(inQuarter.length === 1 ? "1 agreement" : `${inQuarter.length} agreements`);
  expect((await referencesOnPage(page)).sort()).toEqual(inQuarter.map((a) => a.reference).sort());
});

test("search is case-insensitive in Cyrillic and Azerbaijani letters", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { visit, rows } = await portfolio();
  await login(page, viewer.email, viewer.password);
  await page.goto(`/agreements?visit=${visit.id}`);
  await page.getByRole("searchbox").fill("ӨЗЕКТІ ҚАТЫНАС");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("agreement-count")).toHaveText("1 agreement");
  expect(await referencesOnPage(page)).toEqual([rows.ferry.reference]);
  // "ŞİRKƏTİ" matches SOCAR's Azerbaijani name (Dövlət Neft Şirkəti), a party to four of them.
  await page.goto(`/agreements?visit=${visit.id}&q=${encodeURIComponent("DÖVLƏT NEFT ŞİRKƏTİ")}`);
  expect((await referencesOnPage(page)).sort()).toEqual([rows.port, rows.fund, rows.egov, rows.youth].map((r) => r.reference).sort());
});

test("a copied link reproduces the view after reload and for another user; back steps back; junk falls back", async ({ page, browser }) => {
  const viewer = await createTestUser("viewer");
  const { visit } = await portfolio();
  await login(page, viewer.email, viewer.password);
  await page.goto(`/agreements?visit=${visit.id}`);
  await page.getByRole("checkbox", { name: "At risk" }).check();
  await expect(page.getByTestId("agreement-count")).toHaveText("3 agreements");
  await page.getByRole("columnheader", { name: /^Target date/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=targetDate/);
  await page.getByLabel("Rows per page").selectOption("50");
  await expect(page).toHaveURL(/size=50/);
  await page.locator("summary", { hasText: "Columns" }).click();
  await page.getByRole("checkbox", { name: "Parties" }).uncheck();
  await expect(page).toHaveURL(/hide=parties/);
  const order = await referencesOnPage(page);
  const url = page.url();

  await page.reload();
  expect(await referencesOnPage(page)).toEqual(order);
  await expect(page.getByRole("columnheader", { name: "Parties" })).toHaveCount(0);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const colleague = await createTestUser("viewer");
  await login(otherPage, colleague.email, colleague.password);
  await otherPage.goto(url);
  expect(await referencesOnPage(otherPage)).toEqual(order);
  await expect(otherPage.getByRole("checkbox", { name: "At risk" })).toBeChecked();
  await expect(otherPage.getByLabel("Rows per page")).toHaveValue("50");
  await other.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/hide=parties/);
  await expect(page.getByRole("columnheader", { name: "Parties" })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/size=50/);

  const junk = await page.goto(`/agreements?visit=${visit.id}&page=-4&size=9999&sort=password&dir=up&area=atlantis&status=at_risk,boom&targetFrom=2027-02-31`);
  expect(junk?.status()).toBe(200);
  await expect(page.getByTestId("agreement-count")).toHaveText("3 agreements");
  await expect(page.getByLabel("Rows per page")).toHaveValue("25");
});

test("an empty result says so and offers to clear the filters; filters work from the keyboard", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { visit } = await portfolio();
  await login(page, viewer.email, viewer.password);
  await page.goto(`/agreements?visit=${visit.id}&status=completed`);
  await expect(page.getByText("No agreements match these filters.")).toBeVisible();
  await page.getByRole("cell").getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/agreements$/);

  await page.goto(`/agreements?visit=${visit.id}`);
  await page.getByRole("checkbox", { name: "Youth policy" }).focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/area=youth/);
  await expect(page.getByTestId("agreement-count")).toHaveText("1 agreement");
  await page.getByRole("searchbox").focus();
  await page.keyboard.type("forum");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=forum/);
  await expect(page.getByTestId("agreement-count")).toHaveText("1 agreement");

  // A row's reference opens the agreement from the keyboard, as a client-side navigation (the
  // page's state survives), and back returns to the same filtered view.
  const reference = (await referencesOnPage(page))[0]!;
  await page.evaluate(() => Object.assign(window, { tableMarker: "still here" }));
  await page.getByRole("link", { name: reference }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/agreements/${reference}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Youth forum");
  expect(await page.evaluate(() => (window as unknown as { tableMarker?: string }).tableMarker)).toBe("still here");
  await page.goBack();
  await expect(page).toHaveURL(/q=forum/);
  await expect(page.getByTestId("agreement-count")).toHaveText("1 agreement");
});

test("saved views: save, find in the menu, rename, share (admin), delete", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  const { visit } = await portfolio();
  await login(page, admin.email, admin.password);
  await page.goto(`/agreements?visit=${visit.id}&status=at_risk&sort=progress&dir=desc`);
  const menu = page.getByTestId("saved-views");
  await menu.locator("summary").click();
  await menu.getByLabel("Name of this view").fill("At-risk of my visit");
  await menu.getByLabel("Share with everyone").check();
  await menu.getByRole("button", { name: "Save view" }).click();
  await expect(menu).toContainText("View saved.");
  const view = await db.savedView.findFirstOrThrow({ where: { ownerId: admin.id } });
  expect(view).toMatchObject({ name: "At-risk of my visit", shared: true });
  expect(new URLSearchParams(view.query).get("status")).toBe("at_risk");
  expect(await db.auditEvent.count({ where: { entityId: view.id, action: "view.create" } })).toBe(1);

  // Another user finds the shared view and lands on the same rows.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const viewer = await createTestUser("viewer");
  await login(otherPage, viewer.email, viewer.password);
  await otherPage.goto("/agreements");
  const otherMenu = otherPage.getByTestId("saved-views");
  await otherMenu.locator("summary").click();
  await otherMenu.getByRole("link", { name: "At-risk of my visit" }).click();
  await expect(otherPage.getByTestId("agreement-count")).toHaveText("3 agreements");
  await expect(otherMenu.getByRole("button", { name: "Delete view At-risk of my visit" })).toHaveCount(0);
  await other.close();

  await page.goto("/agreements");
  await menu.locator("summary").click();
  await menu.locator('[data-view="At-risk of my visit"]').getByRole("button", { name: "Rename" }).click();
  await menu.getByRole("form", { name: "Rename" }).getByRole("textbox").fill("Visit — at risk");
  await menu.getByRole("form", { name: "Rename" }).getByRole("button", { name: "Save" }).click();
  await expect(menu.getByRole("link", { name: "Visit — at risk" })).toBeVisible();
  expect((await db.savedView.findUniqueOrThrow({ where: { id: view.id } })).name).toBe("Visit — at risk");
  await menu.getByRole("button", { name: "Delete view Visit — at risk" }).click();
  await expect(menu.getByRole("link", { name: "Visit — at risk" })).toHaveCount(0);
  expect(await db.savedView.count({ where: { id: view.id } })).toBe(0);
});

test("bulk update on a mixed-permission selection: each permitted row gets its history, refusals are listed", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const visit = await createTestVisit();
  const mine = await createTestAgreement({ visitId: visit.id, lead: SOCAR, title: "Mine A" });
  const reassigned = await createTestAgreement({ visitId: visit.id, lead: SOCAR, title: "Mine B, reassigned meanwhile" });
  const archived = await createTestAgreement({ visitId: visit.id, lead: SOCAR, title: "Mine C, archived meanwhile" });
  const notMine = await createTestAgreement({ visitId: visit.id, lead: KZ_DIGITAL, parties: [SAMRUK], title: "Not mine" });
  await login(page, editor.email, editor.password);
  await page.goto(`/agreements?visit=${visit.id}`);

  await expect(page.getByRole("checkbox", { name: `Select ${notMine.reference}` })).toBeDisabled();
  for (const a of [mine, reassigned, archived]) await page.getByRole("checkbox", { name: `Select ${a.reference}` }).check();
  const bar = page.getByTestId("bulk-bar");
  await expect(bar).toContainText("3 agreements selected");

  // Meanwhile an admin hands one to another organization and archives another.
  const kzDigital = await db.organization.findUniqueOrThrow({ where: { name: KZ_DIGITAL } });
  await db.agreement.update({ where: { id: reassigned.id }, data: { leadOrganizationId: kzDigital.id } });
  await db.agreementParty.deleteMany({ where: { agreementId: reassigned.id, organization: { name: SOCAR } } });
  await db.agreement.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

  await bar.getByLabel("Set status").selectOption({ label: "At risk" });
  await bar.getByLabel("Note added to each").fill("Budget review postponed");
  await bar.getByRole("button", { name: "Update 3 agreements" }).click();
  const result = page.getByTestId("bulk-result");
  await expect(result).toContainText("Updated 1; refused 2:");
  await expect(result.locator(`[data-refused="${reassigned.reference}"]`)).toContainText("your organization neither leads nor is a party to it");
  await expect(result.locator(`[data-refused="${archived.reference}"]`)).toContainText("it is archived");

  const updated = await db.agreement.findUniqueOrThrow({ where: { id: mine.id }, include: { statusUpdates: { orderBy: { createdAt: "desc" } } } });
  expect(updated.status).toBe("at_risk");
  expect(updated.statusUpdates[0]).toMatchObject({ statusBefore: "on_track", statusAfter: "at_risk", note: "Budget review postponed", authorId: editor.id });
  expect(await db.auditEvent.count({ where: { agreementId: mine.id, action: "status.update", actorId: editor.id } })).toBe(1);
  for (const untouched of [reassigned, archived, notMine]) {
    expect(await db.statusUpdate.count({ where: { agreementId: untouched.id } }), untouched.title).toBe(1);
    expect((await db.agreement.findUniqueOrThrow({ where: { id: untouched.id } })).status).toBe("on_track");
  }
});

test("at 1366×768 the first rows show on the first screen; the title opens the agreement; folded filters open when in use", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const viewer = await createTestUser("viewer");
  const { visit, rows } = await portfolio();
  await login(page, viewer.email, viewer.password);
  await page.goto(`/agreements?visit=${visit.id}`);
  await expect(page.getByTestId("agreement-count")).toHaveText("6 agreements");
  const firstRow = page.locator("tbody tr").first();
  const box = await firstRow.boundingBox();
  expect(box, "the first row is laid out").not.toBeNull();
  expect(box!.y + box!.height, "the first row ends within the first screen").toBeLessThanOrEqual(768);
  await expect(page.getByLabel("Side", { exact: true })).toBeHidden();

  // The title is a link to the agreement, like the reference.
  await page.getByRole("link", { name: "Youth forum", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/agreements/${rows.youth.reference}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Youth forum");

  // A view that uses a folded filter shows it open, and says how many are in use.
  await page.goto(`/agreements?visit=${visit.id}&side=KZ&stale=1`);
  await expect(page.getByLabel("Side", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Side", { exact: true })).toHaveValue("KZ");
  await expect(page.getByText("More filters (2 in use)")).toBeVisible();
});
