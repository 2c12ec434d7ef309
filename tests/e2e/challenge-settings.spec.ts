// Archiving or reordering challenges changes what every agreement page and update form shows, for
// everyone. These tests run after all the others (the "shared-settings" project in
// playwright.config.ts) and one at a time, so no other test's open form meets a challenge archived
// or moved under it.
import { expect, test } from "./support/test";
import { createTestAgreement, createTestUser, db, SOCAR, uniqueSuffix } from "./support/db";
import { login } from "./support/auth";

test.describe.configure({ mode: "serial" });

test("an admin archives a challenge: it leaves the forms, pages and worst severity, keeps its history, and comes back", async ({ page }) => {
  const admin = await createTestUser("admin");
  const name = `Permafrost ${uniqueSuffix()}`;
  const challenge = await db.challenge.create({ data: { name, description: "Frozen ground under the line", sortOrder: 1000 } });
  // This test's agreement: assessed "low" on every other challenge and "high" on this one, its worst.
  const agreement = await createTestAgreement({ severity: "low" });
  await db.challengeAssessment.update({
    where: { agreementId_challengeId: { agreementId: agreement.id, challengeId: challenge.id } },
    data: { severity: "high" },
  });
  await db.agreement.update({ where: { id: agreement.id }, data: { worstSeverity: 3 } });
  const worstInTable = async () => {
    await page.goto(`/agreements?q=${agreement.reference}`);
    return page.getByRole("row").filter({ hasText: agreement.reference }).locator("[data-severity]").getAttribute("data-severity");
  };

  await login(page, admin.email, admin.password);
  expect(await worstInTable()).toBe("high");
  await page.goto("/admin/challenges");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Archive ${name}` }).click();
  const archived = page.getByRole("region", { name: "Archived challenges" });
  await expect(archived.getByRole("button", { name: `Restore ${name}` })).toBeVisible();
  await expect(page.getByRole("form", { name })).toHaveCount(0);
  expect((await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } })).archivedAt).not.toBeNull();
  expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).worstSeverity).toBe(1);
  const archiveEvent = await db.auditEvent.findFirstOrThrow({ where: { entityId: challenge.id, action: "challenge.archive" } });
  expect(JSON.parse(archiveEvent.after ?? "{}")).toMatchObject({ archived: true });

  // Gone from the table's worst severity, the update form and the current assessments...
  expect(await worstInTable()).toBe("low");
  await page.goto(`/agreements/${agreement.reference}`);
  await expect(page.getByTestId("status-update-form")).not.toContainText(name);
  await expect(page.getByRole("region", { name: "Challenges" })).not.toContainText(name);
  // ...but the history still says how it was assessed.
  await expect(page.getByTestId("history")).toContainText(name);
  // A saved view or a link that filters on it still says which challenge it is.
  await page.goto(`/agreements?challenge=${challenge.id}&minSeverity=low`);
  await expect(page.getByRole("group", { name: "Active filters" })).toContainText(`${name} (archived) at least Low`);
  await expect(page.getByLabel("Challenge", { exact: true }).locator("option:checked")).toHaveText(`${name} (archived)`);

  await page.goto("/admin/challenges");
  await archived.getByRole("button", { name: `Restore ${name}` }).click();
  await expect(page.getByRole("form", { name })).toBeVisible();
  expect((await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } })).archivedAt).toBeNull();
  expect(await worstInTable()).toBe("high");
  await page.goto(`/agreements/${agreement.reference}`);
  await expect(page.getByTestId("status-update-form")).toContainText(name);
});

test("a challenge archived while an editor's form is open: the post is refused with the reason, the input is kept, and a reload posts without it", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const name = `Ice season ${uniqueSuffix()}`;
  const challenge = await db.challenge.create({ data: { name, sortOrder: 1001 } });
  const agreement = await createTestAgreement({ lead: SOCAR });
  await login(page, editor.email, editor.password);
  await page.goto(`/agreements/${agreement.reference}`);
  const form = page.getByTestId("status-update-form");
  await expect(form).toContainText(name);

  // An admin archives it now (the helper moves the data revision, as the app's own write does).
  await db.challenge.update({ where: { id: challenge.id }, data: { archivedAt: new Date() } });
  await form.getByLabel("Note", { exact: true }).fill("Ferry slots confirmed");
  await form.locator("#severity-0").selectOption({ label: "Medium" });
  await form.getByRole("button", { name: "Post update" }).click();
  const message = page.getByTestId("status-update-message");
  await expect(message).toContainText(`“${name}” was archived while this form was open`);
  expect(await db.statusUpdate.count({ where: { agreementId: agreement.id } })).toBe(1);

  await message.getByRole("button", { name: "Reload" }).click();
  await expect(message).toBeEmpty();
  await expect(form.getByRole("group", { name: "Challenges" })).not.toContainText(name);
  await expect(form.getByLabel("Note", { exact: true })).toHaveValue("Ferry slots confirmed");
  await expect(form.locator("#severity-0")).toHaveValue("medium");
  await form.getByRole("button", { name: "Post update" }).click();
  await expect(message).toHaveText("Status update posted.");
  const latest = await db.statusUpdate.findFirstOrThrow({
    where: { agreementId: agreement.id },
    orderBy: { createdAt: "desc" },
    include: { assessments: true },
  });
  expect(latest.note).toBe("Ferry slots confirmed");
  expect(latest.assessments.map((a) => a.challengeId)).not.toContain(challenge.id);
});

test("an admin reorders challenges from the keyboard: the focus follows, the forms follow, each move is audited", async ({ page }) => {
  const admin = await createTestUser("admin");
  const suffix = uniqueSuffix();
  const a = await db.challenge.create({ data: { name: `Ordered A ${suffix}`, sortOrder: 5000 } });
  const b = await db.challenge.create({ data: { name: `Ordered B ${suffix}`, sortOrder: 5001 } });
  const agreement = await createTestAgreement();
  const rowOrder = () => page.locator("li[data-challenge-row]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-challenge-row")));
  const formShowsAFirst = async () => {
    await page.goto(`/agreements/${agreement.reference}`);
    const text = await page.getByTestId("status-update-form").innerText();
    return text.indexOf(a.name) < text.indexOf(b.name);
  };

  await login(page, admin.email, admin.password);
  expect(await formShowsAFirst()).toBe(true);
  await page.goto("/admin/challenges");
  const before = await rowOrder();
  expect(before.slice(-2)).toEqual([a.id, b.id]);
  await expect(page.getByRole("button", { name: `Move ${b.name} down` })).toBeDisabled();
  await expect(page.locator(`li[data-challenge-row="${before[0]}"]`).getByRole("button", { name: / up$/ })).toBeDisabled();

  const up = page.getByRole("button", { name: `Move ${b.name} up` });
  await up.focus();
  await page.keyboard.press("Enter");
  const order = page.getByRole("group", { name: `Order of ${b.name}` });
  await expect(order).toContainText(`${b.name} is now number ${before.length - 1} of ${before.length}.`);
  await expect.poll(rowOrder).toEqual([...before.slice(0, -2), b.id, a.id]);
  await expect(up).toBeFocused();
  expect(await formShowsAFirst()).toBe(false);

  // Back down with the keyboard: at the end "down" is disabled, so the focus moves to "up".
  await page.goto("/admin/challenges");
  await page.getByRole("button", { name: `Move ${b.name} down` }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(rowOrder).toEqual(before);
  await expect(page.getByRole("button", { name: `Move ${b.name} down` })).toBeDisabled();
  await expect(page.getByRole("button", { name: `Move ${b.name} up` })).toBeFocused();
  expect(await formShowsAFirst()).toBe(true);

  const moves = await db.auditEvent.findMany({ where: { entityId: b.id, action: "challenge.move" }, orderBy: { createdAt: "asc" } });
  expect(moves.map((m) => [JSON.parse(m.before ?? "{}").position, JSON.parse(m.after ?? "{}").position])).toEqual([
    [before.length, before.length - 1],
    [before.length - 1, before.length],
  ]);
});
