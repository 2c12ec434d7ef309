import { expect, test, type Browser, type Page } from "./support/test";
import Papa from "papaparse";
import { createTestAgreement, createTestUser, db, SAMRUK, SOCAR, uniqueSuffix, type TestUser } from "./support/db";
import { signIn } from "./support/sign-in";

// Several people, each signed in in their own browser context: more steps than most tests.
test.slow();

const KZ_DIGITAL = "Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan";
const DAY = 86_400_000;
const utcDay = (offsetDays: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + offsetDays * DAY);
};

async function signedIn(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

test("an owner set on milestones appears on My work, in the table's column and 'my milestones' filter, and in the export", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const owner = await createTestUser("editor", { organizationName: SAMRUK, name: `Owner ${suffix}` });
  const agreement = await createTestAgreement({
    lead: SOCAR,
    parties: [SAMRUK],
    milestones: [
      { title: `Overdue step ${suffix}`, dueDate: utcDay(-3) },
      { title: `Soon step ${suffix}`, dueDate: utcDay(10) },
      { title: `Later step ${suffix}`, dueDate: utcDay(90) },
    ],
  });
  const untouched = await createTestAgreement({ lead: SOCAR, parties: [SAMRUK], milestones: [{ title: `Other ${suffix}`, dueDate: utcDay(5) }] });

  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);
  for (const title of [`Overdue step ${suffix}`, `Soon step ${suffix}`]) {
    const row = page.locator("[data-milestone]").filter({ hasText: title });
    await row.getByRole("button", { name: "Edit" }).click();
    await row.getByLabel("Responsible person").selectOption({ label: `${owner.name} (${"Samruk-Kazyna"})` });
    await row.getByRole("button", { name: "Save" }).click();
    await expect(page.locator("[data-milestone]").filter({ hasText: title }).getByTestId("milestone-owner")).toHaveText(`Responsible: ${owner.name}`);
  }

  const milestones = await db.milestone.findMany({ where: { agreementId: agreement.id }, orderBy: { dueDate: "asc" } });
  expect(milestones.map((m) => m.ownerId)).toEqual([owner.id, owner.id, null]);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: milestones[0].id, action: "milestone.update" } });
  expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ ownerId: owner.id });
  expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ ownerId: null });
  expect(await db.agreementFollower.findUniqueOrThrow({ where: { agreementId_userId: { agreementId: agreement.id, userId: owner.id } } })).toMatchObject({
    reason: "milestone_owner",
    unfollowedAt: null,
  });

  const mine = await signedIn(browser, owner);
  await mine.getByRole("link", { name: "My work" }).click();
  await expect(mine.getByRole("heading", { level: 1 })).toHaveText("My work");
  await expect(mine.getByTestId("mine-overdue").locator("li")).toHaveText([`${agreement.reference} Overdue step ${suffix} due ${milestones[0].dueDate.toISOString().slice(0, 10)}`]);
  await expect(mine.getByTestId("mine-due-soon").locator("li")).toHaveText([`${agreement.reference} Soon step ${suffix} due ${milestones[1].dueDate.toISOString().slice(0, 10)}`]);
  await expect(mine.getByTestId("mine-overdue").getByRole("link")).toHaveAttribute("href", `/agreements/${agreement.reference}#milestone-${milestones[0].id}`);
  // The organization's list holds the rest of what Samruk-Kazyna owes (not the owner's own).
  await expect(mine.getByTestId("organization-due-soon").locator(`[data-milestone="${untouched.milestones[0].id}"]`)).toHaveCount(1);
  await expect(mine.getByTestId("organization-due-soon").locator(`[data-milestone="${milestones[1].id}"]`)).toHaveCount(0);
  await expect(mine.getByTestId("nothing-owed")).toHaveCount(0);

  await mine.goto("/agreements");
  await mine.getByLabel("My milestones").check();
  await expect(mine).toHaveURL(/[?&]mine=1/);
  const expected = await db.agreement.findMany({
    where: { archivedAt: null, milestones: { some: { doneDate: null, ownerId: owner.id } } },
    select: { reference: true },
  });
  await expect(mine.getByTestId("agreement-count")).toContainText(String(expected.length));
  const rows = mine.locator("tbody tr");
  await expect(rows).toHaveCount(expected.length);
  await expect(rows.first()).toContainText(agreement.reference);
  await expect(rows.first().getByTestId("owners-cell")).toHaveText(owner.name);

  const csv = await mine.request.get("/api/exports/agreements?format=csv&header=machine&mine=1");
  const parsed = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(parsed.data.map((r) => r.reference)).toEqual(expected.map((e) => e.reference));
  expect(parsed.data[0].milestone_owners).toBe(owner.name);
});

test("the server refuses an owner who is not an active person of the agreement's organizations", async ({ page }) => {
  const suffix = uniqueSuffix();
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const leaving = await createTestUser("editor", { organizationName: SOCAR, name: `Leaving ${suffix}` });
  const agreement = await createTestAgreement({ lead: SOCAR, milestones: [{ title: `Step ${suffix}`, dueDate: utcDay(20) }] });
  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);
  await page.locator("#new-milestone-title").fill(`New step ${suffix}`);
  await page.locator("#new-milestone-due").fill(utcDay(40).toISOString().slice(0, 10));
  await page.locator("#new-milestone-owner").selectOption({ label: `${leaving.name} (SOCAR)` });
  // Deactivated while the form was open: the server, not the list, has the last word.
  await db.user.update({ where: { id: leaving.id }, data: { active: false } });
  await page.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.locator("#new-milestone-owner-error")).toHaveText("Choose an active person of one of the agreement's parties or its lead organization.");
  expect(await db.milestone.count({ where: { agreementId: agreement.id } })).toBe(1);
  expect(await db.agreementFollower.count({ where: { agreementId: agreement.id } })).toBe(0);
});

test("focal points per side follow the agreement, unless they unfollowed it before", async ({ page }) => {
  const suffix = uniqueSuffix();
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const az = await createTestUser("editor", { organizationName: SOCAR, name: `AZ focal ${suffix}` });
  const kz = await createTestUser("viewer", { organizationName: KZ_DIGITAL, name: `KZ focal ${suffix}` });
  const agreement = await createTestAgreement({ lead: SOCAR, parties: [SAMRUK] });
  await db.agreementFollower.create({ data: { agreementId: agreement.id, userId: kz.id, unfollowedAt: new Date() } });

  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);
  const azForm = page.locator('[data-focal-side="AZ"]');
  await expect(azForm.getByLabel("Focal point, Azerbaijan").locator("option", { hasText: kz.name })).toHaveCount(0);
  await azForm.getByLabel("Focal point, Azerbaijan").selectOption({ label: `${az.name} (SOCAR)` });
  await azForm.getByRole("button", { name: "Save" }).click();
  await expect(azForm).toContainText("Focal point saved.");
  const kzForm = page.locator('[data-focal-side="KZ"]');
  await kzForm.getByLabel("Focal point, Kazakhstan").selectOption({ label: `${kz.name} (${(await db.organization.findUniqueOrThrow({ where: { name: KZ_DIGITAL } })).shortName || KZ_DIGITAL})` });
  await kzForm.getByRole("button", { name: "Save" }).click();
  await expect(kzForm).toContainText("Focal point saved.");

  const focal = await db.agreementFocalPoint.findMany({ where: { agreementId: agreement.id }, orderBy: { side: "asc" } });
  expect(focal.map((f) => [f.side, f.userId])).toEqual([["AZ", az.id], ["KZ", kz.id]]);
  const followers = await db.agreementFollower.findMany({ where: { agreementId: agreement.id } });
  expect(followers.find((f) => f.userId === az.id)).toMatchObject({ reason: "focal_point", unfollowedAt: null });
  // The explicit unfollow sticks.
  expect(followers.find((f) => f.userId === kz.id)?.unfollowedAt).not.toBeNull();
  expect(await db.auditEvent.count({ where: { agreementId: agreement.id, action: "agreement.focal_point" } })).toBe(2);
});

test("My work says nothing is owed when nothing is", async ({ page }) => {
  const loner = await createTestUser("viewer");
  await signIn(page, loner);
  await page.goto("/my-work");
  await expect(page.getByTestId("nothing-owed")).toHaveText("Nothing is owed: no overdue milestones, none due in the next 30 days and no stale agreements.");
  expect(await db.milestone.count({ where: { ownerId: loner.id } })).toBe(0);
});
