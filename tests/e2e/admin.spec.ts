import { expect, test } from "./support/test";
import { createTestAgreement, createTestUser, db, SOCAR, uniqueSuffix } from "./support/db";
import { login } from "./support/auth";

test("an admin creates an agreement with parties on both sides, edits it, archives and restores it", async ({ page }) => {
  const admin = await createTestUser("admin");
  await login(page, admin.email, admin.password);
  await page.goto("/agreements/new");
  const form = page.getByTestId("agreement-form");
  const reference = `AZ-KZ-2026-TRN-${uniqueSuffix().toUpperCase().replace(/[^A-Z0-9]/g, "")}`;

  await form.getByRole("button", { name: "Create agreement" }).click();
  await expect(form.locator("#agreement-reference-error")).toContainText("Use capital letters");
  await expect(form.locator("#agreement-title-error")).toHaveText("Required.");
  await expect(form.locator("#agreement-area-error")).toHaveText("Choose an area from the list.");

  await form.getByLabel("Reference code").fill(reference);
  await form.getByLabel("Title (English)").fill("Caspian ferry fleet renewal programme");
  await form.getByLabel("Area").selectOption({ label: "Transport and logistics" });
  await form.getByLabel("Instrument").selectOption({ label: "Programme" });
  await form.getByLabel("Target date").fill("2027-12-31");
  await form.getByLabel("Lead organization").selectOption({ label: "AZ · Azerbaijan Caspian Shipping Company" });
  await form.getByLabel(/Aktau International Sea Commercial Port/).check();
  await form.getByLabel("Summary (English)").fill("Renew the ferry fleet serving Baku–Aktau.");
  await form.getByRole("button", { name: "Create agreement" }).click();
  await expect(page).toHaveURL(new RegExp(`/agreements/${reference}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Caspian ferry fleet renewal programme");

  const created = await db.agreement.findUniqueOrThrow({ where: { reference }, include: { parties: { include: { organization: true } }, statusUpdates: true } });
  expect(created.parties.map((p) => p.organization.country).sort()).toEqual(["AZ", "KZ"]);
  expect(created.statusUpdates).toHaveLength(1);
  expect(await db.auditEvent.count({ where: { agreementId: created.id, action: "agreement.create", actorId: admin.id } })).toBe(1);

  // The search index follows the new agreement at once (its title and its party's name).
  await page.goto(`/agreements?q=${encodeURIComponent("fleet renewal programme aktau")}`);
  expect(await page.locator("tbody tr a[data-reference]").allTextContents()).toEqual([reference]);
  await page.goto(`/agreements/${reference}`);

  await page.getByRole("link", { name: "Edit" }).click();
  await form.getByLabel("Title (English)").fill("Caspian ferry fleet renewal");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Caspian ferry fleet renewal");
  const update = await db.auditEvent.findFirstOrThrow({ where: { agreementId: created.id, action: "agreement.update" } });
  expect(JSON.parse(update.before ?? "{}")).toEqual({ title: "Caspian ferry fleet renewal programme" });
  expect(JSON.parse(update.after ?? "{}")).toEqual({ title: "Caspian ferry fleet renewal" });
  // …and its edit: the word taken out of the title no longer finds it.
  await page.goto(`/agreements?q=${encodeURIComponent(`programme ${reference}`)}`);
  await expect(page.getByTestId("agreement-count")).toHaveText("0 agreements");
  await page.goto(`/agreements?q=${encodeURIComponent(`fleet renewal ${reference}`)}`);
  expect(await page.locator("tbody tr a[data-reference]").allTextContents()).toEqual([reference]);
  await page.goto(`/agreements/${reference}`);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Restore from archive" })).toBeVisible();
  expect((await db.agreement.findUniqueOrThrow({ where: { id: created.id } })).archivedAt).not.toBeNull();
  await page.goto(`/agreements?q=${reference}`);
  await expect(page.getByRole("link", { name: reference, exact: true })).toHaveCount(0);
  await page.goto(`/agreements?q=${reference}&archived=include`);
  await expect(page.getByRole("link", { name: reference, exact: true })).toBeVisible();
  await page.getByRole("link", { name: reference, exact: true }).click();
  await page.getByRole("button", { name: "Restore from archive" }).click();
  await expect(page.getByRole("button", { name: "Archive" })).toBeVisible();
  expect(await db.agreement.count({ where: { id: created.id } })).toBe(1);
});

test("editors and viewers cannot reach the admin pages", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  await login(page, editor.email, editor.password);
  for (const path of ["/admin/audit", "/admin/users", "/admin/challenges", "/agreements/new", "/agreements/AZ-KZ-2025-ENE-01/edit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
});

test("an admin adds and renames a challenge; it appears on agreement pages", async ({ page }) => {
  const admin = await createTestUser("admin");
  const name = `Water supply ${uniqueSuffix()}`;
  await login(page, admin.email, admin.password);
  await page.goto("/admin/challenges");
  const create = page.getByRole("form", { name: "Add a challenge" });
  await create.getByLabel("Name (English)").fill(name);
  await create.getByLabel("Description (English)").fill("Port water supply limits");
  await create.getByRole("button", { name: "Add challenge" }).click();
  await expect(page.getByRole("form", { name })).toBeVisible();
  const challenge = await db.challenge.findUniqueOrThrow({ where: { name } });

  const edit = page.getByRole("form", { name });
  await edit.getByLabel("Name (English)").fill(`${name} (renamed)`);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("form", { name: `${name} (renamed)` })).toBeVisible();
  expect((await db.challenge.findUniqueOrThrow({ where: { id: challenge.id } })).name).toBe(`${name} (renamed)`);
  const actions = (await db.auditEvent.findMany({ where: { entityId: challenge.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
  expect(actions).toEqual(["challenge.create", "challenge.update"]);

  // Duplicate name gets a message at the field.
  await create.getByLabel("Name (English)").fill(`${name} (renamed)`);
  await create.getByRole("button", { name: "Add challenge" }).click();
  await expect(create.locator("#challenge-new-name-error")).toHaveText("A challenge with this name already exists.");

  const agreement = await createTestAgreement();
  await page.goto(`/agreements/${agreement.reference}`);
  await expect(page.getByTestId("status-update-form")).toContainText(`${name} (renamed)`);
});

test("an admin creates a user, changes the role, deactivates them; the deactivated user cannot sign in", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  const email = `new-user-${uniqueSuffix()}@e2e.test`;
  await login(page, admin.email, admin.password);
  await page.goto("/admin/users");
  const create = page.getByRole("form", { name: "Create a user" });
  await create.getByLabel("E-mail").fill(email);
  await create.getByLabel("Name").fill("Nurlan Test");
  await create.getByLabel("Password (12+ characters)").fill("short");
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(create.locator("#new-user-password-error")).toHaveText("Use at least 12 characters.");
  await create.getByLabel("Password (12+ characters)").fill("Caspian-ferry-2026");
  await create.getByLabel("Role").selectOption({ label: "Editor" });
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(create.locator("#new-user-org-error")).toHaveText("An editor must belong to an organization.");
  await create.getByLabel("Organization").selectOption({ label: `AZ · ${SOCAR}` });
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(create).toContainText("User created.");
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  expect(user).toMatchObject({ role: "editor", active: true });

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, email, "Caspian-ferry-2026");

  const row = page.getByRole("form", { name: email });
  await row.getByLabel("Role").selectOption({ label: "Viewer" });
  await row.getByLabel("Active").uncheck();
  await row.getByRole("button", { name: "Save" }).click();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { email } })).active).toBe(false);
  expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "viewer", active: false });
  await expect(page.getByRole("form", { name: email }).getByLabel("Active")).not.toBeChecked();
  expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.deactivate" } })).toBe(1);

  // The open session of the deactivated user ends at its next request; signing in again fails.
  await otherPage.goto("/agreements");
  await expect(otherPage).toHaveURL(/\/login/);
  await otherPage.getByLabel("E-mail").fill(email);
  await otherPage.getByLabel("Password").fill("Caspian-ferry-2026");
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage.getByTestId("login-message")).toHaveText("Wrong e-mail or password.");
  await other.close();
});

test("the audit log filters by person, agreement and date range", async ({ page }) => {
  const admin = await createTestUser("admin");
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const agreement = await createTestAgreement();
  await db.auditEvent.createMany({
    data: [
      { actorId: editor.id, action: "status.update", entityType: "status_update", entityId: "x1", agreementId: agreement.id, createdAt: new Date("2026-03-10T10:00:00Z") },
      { actorId: editor.id, action: "milestone.create", entityType: "milestone", entityId: "x2", agreementId: agreement.id, createdAt: new Date("2026-04-10T10:00:00Z") },
      { actorId: admin.id, action: "agreement.update", entityType: "agreement", entityId: agreement.id, agreementId: agreement.id, createdAt: new Date("2026-04-11T10:00:00Z") },
    ],
  });
  await login(page, admin.email, admin.password);
  await page.goto("/admin/audit");
  await page.getByLabel("Person").selectOption({ label: editor.name });
  await page.getByLabel("Agreement reference").fill(agreement.reference);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("audit-count")).toHaveText("2 events");
  await page.getByLabel("From", { exact: true }).fill("2026-04-01");
  await page.getByLabel("To", { exact: true }).fill("2026-04-30");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("audit-count")).toHaveText("1 event");
  await expect(page.getByRole("table")).toContainText("milestone.create");
  await expect(page.getByRole("table")).not.toContainText("status.update");

  await page.goto(`/admin/audit?agreement=${agreement.reference}&from=not-a-date&actor=%27%3B`);
  await expect(page.getByTestId("audit-count")).toHaveText("3 events");
});
