import { expect, test, type Page } from "./support/test";
import { createTestAgreement, createTestUser, db, SOCAR } from "./support/db";
import { login } from "./support/auth";

const KZ_DIGITAL = "Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan";

async function postUpdate(page: Page, values: { status?: string; progress?: string; note?: string; severity?: [number, string] }) {
  const form = page.getByTestId("status-update-form");
  if (values.status) await form.getByLabel("Status", { exact: true }).selectOption({ label: values.status });
  if (values.progress !== undefined) await form.getByLabel("Progress (%)").fill(values.progress);
  if (values.note !== undefined) await form.getByLabel("Note", { exact: true }).fill(values.note);
  if (values.severity) await form.locator(`#severity-${values.severity[0]}`).selectOption({ label: values.severity[1] });
  await form.getByRole("button", { name: "Post update" }).click();
}

test("an editor of the lead organization posts an update; history, current state and audit follow", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const agreement = await createTestAgreement({ lead: SOCAR });
  await login(page, editor.email, editor.password);
  await page.goto(`/agreements/${agreement.reference}`);
  await postUpdate(page, { status: "At risk", progress: "35", note: "Ferry capacity short this quarter", severity: [0, "High"] });
  await expect(page.getByTestId("status-update-message")).toHaveText("Status update posted.");
  await expect(page.getByTestId("history").locator("li").first()).toContainText("Ferry capacity short this quarter");

  const after = await db.agreement.findUniqueOrThrow({
    where: { id: agreement.id },
    include: { statusUpdates: { include: { assessments: true }, orderBy: { createdAt: "desc" } }, assessments: { include: { challenge: true } } },
  });
  expect(after).toMatchObject({ status: "at_risk", progress: 35, version: agreement.version + 1, lastUpdateById: editor.id });
  expect(after.statusUpdates).toHaveLength(2);
  const latest = after.statusUpdates[0];
  expect(latest).toMatchObject({ statusBefore: "on_track", statusAfter: "at_risk", progressBefore: 10, progressAfter: 35, authorId: editor.id });
  expect(latest.assessments.filter((a) => a.changed)).toHaveLength(1);
  expect(latest.assessments.find((a) => a.changed)).toMatchObject({ severity: "high", severityBefore: "low" });
  const first = after.assessments.find((a) => a.challenge.sortOrder === Math.min(...after.assessments.map((x) => x.challenge.sortOrder)));
  expect(first?.severity).toBe("high");
  const audit = await db.auditEvent.findFirstOrThrow({ where: { agreementId: agreement.id, action: "status.update" } });
  expect(audit.actorId).toBe(editor.id);
  expect(JSON.parse(audit.before ?? "{}")).toEqual({ status: "on_track", progress: 10 });
  expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ status: "at_risk", progress: 35 });
});

test("an admin may update any agreement", async ({ page }) => {
  const admin = await createTestUser("admin");
  const agreement = await createTestAgreement({ lead: KZ_DIGITAL, parties: [SOCAR] });
  await login(page, admin.email, admin.password);
  await page.goto(`/agreements/${agreement.reference}`);
  await postUpdate(page, { status: "Delayed", progress: "12", note: "Waiting for budget approval" });
  await expect(page.getByTestId("status-update-message")).toHaveText("Status update posted.");
  expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ status: "delayed", progress: 12 });
  expect(await db.auditEvent.count({ where: { agreementId: agreement.id, actorId: admin.id, action: "status.update" } })).toBe(1);
});

for (const who of ["viewer", "unrelated editor"] as const) {
  test(`a ${who} sees no form, and a forged request gets 403 and writes nothing`, async ({ page }) => {
    const user = who === "viewer" ? await createTestUser("viewer") : await createTestUser("editor", { organizationName: KZ_DIGITAL });
    const agreement = await createTestAgreement({ lead: SOCAR });
    await login(page, user.email, user.password);
    await page.goto(`/agreements/${agreement.reference}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(agreement.title);
    await expect(page.getByTestId("status-update-form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add milestone" })).toHaveCount(0);

    const response = await page.request.post(`/api/agreements/${agreement.reference}/status-updates`, {
      data: { version: agreement.version, status: "completed", progress: 100, note: "forged", assessments: [] },
    });
    expect(response.status()).toBe(403);
    expect(await db.statusUpdate.count({ where: { agreementId: agreement.id } })).toBe(1);
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ status: "on_track", version: agreement.version });
  });
}

test("a party editor may update through the API too, and bad input gets 400 with the field", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: "Samruk-Kazyna Sovereign Wealth Fund" });
  const agreement = await createTestAgreement({ lead: SOCAR });
  await login(page, editor.email, editor.password);
  const bad = await page.request.post(`/api/agreements/${agreement.reference}/status-updates`, {
    data: { version: agreement.version, status: "exploded", progress: 250, note: "", assessments: [] },
  });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).details)).toEqual(expect.arrayContaining(["status", "progress"]));
  const ok = await page.request.post(`/api/agreements/${agreement.reference}/status-updates`, {
    data: { version: agreement.version, status: "on_track", progress: 20, note: "via API", assessments: [] },
  });
  expect(ok.status()).toBe(201);
  expect(await db.statusUpdate.count({ where: { agreementId: agreement.id } })).toBe(2);
});

test("bad input gets a message at the field and writes nothing; markup in a note stays text", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const agreement = await createTestAgreement({ lead: SOCAR });
  await login(page, editor.email, editor.password);
  await page.goto(`/agreements/${agreement.reference}`);
  const form = page.getByTestId("status-update-form");

  await postUpdate(page, { progress: "150" });
  await expect(form.locator("#update-progress-error")).toHaveText("Enter a whole number from 0 to 100.");
  await postUpdate(page, { progress: "40", note: "x".repeat(2100) });
  await expect(form.locator("#update-note-error")).toHaveText("Too long.");
  await postUpdate(page, { status: "Not started", progress: "40", note: "rule" });
  await expect(form.locator("#update-progress-error")).toHaveText("An agreement that has not started is at 0 %.");
  await postUpdate(page, { status: "On track", progress: "100", note: "rule" });
  await expect(form.locator("#update-status-error")).toHaveText("At 100 %, set the status to Completed.");
  expect(await db.statusUpdate.count({ where: { agreementId: agreement.id } })).toBe(1);

  const markup = `<img src=x onerror="document.title='pwned'"><script>alert(1)</script>`;
  await postUpdate(page, { status: "On track", progress: "40", note: markup });
  await expect(page.getByTestId("status-update-message")).toHaveText("Status update posted.");
  await expect(page.getByTestId("history-note").first()).toHaveText(markup);
  await expect(page.locator("[data-testid=history] img")).toHaveCount(0);
  expect(await page.title()).not.toBe("pwned");
});

test("two people edit the same agreement: the stale save is refused, keeps its input, loses nothing", async ({ browser }) => {
  const alice = await createTestUser("editor", { organizationName: SOCAR, name: `Alice ${Date.now()}` });
  const bob = await createTestUser("editor", { organizationName: SOCAR });
  const agreement = await createTestAgreement({ lead: SOCAR });
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  const a = await aliceContext.newPage();
  const b = await bobContext.newPage();
  await login(a, alice.email, alice.password);
  await login(b, bob.email, bob.password);
  await a.goto(`/agreements/${agreement.reference}`);
  await b.goto(`/agreements/${agreement.reference}`);

  await postUpdate(a, { status: "At risk", progress: "30", note: "Alice's update" });
  await expect(a.getByTestId("status-update-message")).toHaveText("Status update posted.");

  await postUpdate(b, { status: "Delayed", progress: "25", note: "Bob's update" });
  const message = b.getByTestId("status-update-message");
  await expect(message).toContainText(`Changed by ${alice.name} at`);
  await expect(message).toContainText("reload");
  await expect(b.getByTestId("status-update-form").getByLabel("Note", { exact: true })).toHaveValue("Bob's update");

  let stored = await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
  expect(stored).toMatchObject({ status: "at_risk", progress: 30 });
  expect(await db.statusUpdate.count({ where: { agreementId: agreement.id } })).toBe(2);

  // Bob reloads: Alice's update appears in the history, his input is still there to post.
  await message.getByRole("button", { name: "Reload" }).click();
  await expect(b.getByTestId("history")).toContainText("Alice's update");
  await expect(b.getByTestId("status-update-form").getByLabel("Note", { exact: true })).toHaveValue("Bob's update");
  await b.getByTestId("status-update-form").getByRole("button", { name: "Post update" }).click();
  await expect(message).toHaveText("Status update posted.");
  stored = await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
  expect(stored).toMatchObject({ status: "delayed", progress: 25 });
  const notes = (await db.statusUpdate.findMany({ where: { agreementId: agreement.id }, orderBy: { createdAt: "asc" } })).map((u) => u.note);
  expect(notes).toEqual(["Initial", "Alice's update", "Bob's update"]);
  await aliceContext.close();
  await bobContext.close();
});

test("milestones: add, complete with evidence, reopen; overdue ones are marked; each change is audited", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const agreement = await createTestAgreement({
    lead: SOCAR,
    milestones: [{ title: "Overdue survey", dueDate: new Date(Date.now() - 10 * 86_400_000) }],
  });
  await login(page, editor.email, editor.password);
  await page.goto(`/agreements/${agreement.reference}`);
  const overdue = page.locator(`[data-milestone="${agreement.milestones[0].id}"]`);
  await expect(overdue.locator("[data-overdue]")).toHaveText(/Overdue/);

  await page.getByLabel("Title (English)", { exact: true }).fill("Ferry schedule agreed");
  await page.locator("#new-milestone-due").fill("2027-03-31");
  await page.getByRole("button", { name: "Add milestone" }).click();
  const added = page.locator("li[data-milestone]", { hasText: "Ferry schedule agreed" });
  await expect(added).toBeVisible();
  const milestone = await db.milestone.findFirstOrThrow({ where: { agreementId: agreement.id, title: "Ferry schedule agreed" } });
  expect(milestone.dueDate.toISOString().slice(0, 10)).toBe("2027-03-31");

  await overdue.getByRole("button", { name: "Mark done" }).click();
  await overdue.getByLabel("Evidence").fill("");
  await overdue.getByRole("button", { name: "Mark done" }).click();
  await expect(overdue).toContainText("Say what shows it is done.");
  await overdue.getByLabel("Evidence").fill("Survey report filed");
  await overdue.getByRole("button", { name: "Mark done" }).click();
  await expect(overdue).toHaveAttribute("data-done", "true");
  await expect(overdue.locator("[data-overdue]")).toHaveCount(0);
  expect((await db.milestone.findUniqueOrThrow({ where: { id: agreement.milestones[0].id } })).evidence).toBe("Survey report filed");

  await overdue.getByRole("button", { name: "Reopen" }).click();
  await expect(overdue).toHaveAttribute("data-done", "false");
  const actions = (await db.auditEvent.findMany({ where: { agreementId: agreement.id, actorId: editor.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
  expect(actions).toEqual(["milestone.create", "milestone.complete", "milestone.reopen"]);
  const stored = await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
  expect(stored.nextMilestoneDue?.toISOString().slice(0, 10)).toBe(agreement.milestones[0].dueDate.toISOString().slice(0, 10));
});
