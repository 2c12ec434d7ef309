import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { createTestUser, db, SOCAR } from "./support/db";
import { login } from "./support/auth";
import { apiCall, expectProblem } from "./support/api";

// The token pages as people use them: a token is shown once, works at once, and stops at once.

test("a person creates a token, sees it once, uses it, and revokes it", async ({ page, request }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  await login(page, editor.email, editor.password);
  await page.goto("/account");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page).toHaveURL(/\/account\/api-tokens$/);
  await page.getByLabel("Name (what it is for)").fill("Power BI");
  await page.getByLabel("Access").selectOption("read_write");
  await page.getByLabel("Valid for (days)").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByTestId("token-secret").inputValue();
  expect(secret).toMatch(/^accord_/);

  const stored = await db.apiToken.findFirstOrThrow({ where: { userId: editor.id } });
  expect(stored).toMatchObject({ name: "Power BI", kind: "personal", scope: "read_write" });
  expect(stored.secretHash).not.toContain(secret.slice(7));
  expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 86_400_000);

  expect((await apiCall(request, "GET", "/api/v1/visits", { token: secret })).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("token-secret")).toHaveCount(0);
  const row = page.locator(`[data-token-id="${stored.id}"]`);
  await expect(row).toContainText("Power BI");
  await expect(row.getByTestId("token-last-used")).not.toHaveText("never");

  await row.getByRole("button", { name: "Revoke: Power BI" }).click();
  await expect(row).toContainText("Revoked");
  await expectProblem(await apiCall(request, "GET", "/api/v1/visits", { token: secret }), 401, "token_revoked");
  const audit = await db.auditEvent.findMany({ where: { entityId: stored.id }, orderBy: { createdAt: "asc" } });
  expect(audit.map((e) => e.action)).toEqual(["api_token.create", "api_token.revoke"]);
});

test("an admin creates a service token for an organization and sees every token's last use", async ({ page, request }) => {
  const admin = await createTestUser("admin");
  await login(page, admin.email, admin.password);
  await page.goto("/admin/api-tokens");
  await page.getByLabel("Name (what it is for)").fill("SOCAR document system");
  await page.getByLabel("Organization it acts for").selectOption({ label: SOCAR });
  await page.getByRole("button", { name: "Create service token" }).click();
  const secret = await page.getByTestId("token-secret").inputValue();
  const stored = await db.apiToken.findFirstOrThrow({ where: { createdById: admin.id } });
  expect(stored).toMatchObject({ kind: "service", scope: "read" });

  expect((await apiCall(request, "GET", "/api/v1/organizations", { token: secret })).status()).toBe(200);
  await page.reload();
  const row = page.locator(`[data-token-id="${stored.id}"]`);
  await expect(row).toContainText("Service");
  await expect(row).toContainText(SOCAR);
  await expect(row.getByTestId("token-last-used")).not.toHaveText("never");
});

test("the API reference page renders the OpenAPI document within the app's CSP", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  await page.goto("/account/api-tokens");
  await page.getByRole("link", { name: "API reference", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "POST /api/v1/agreements/{reference}/status-updates" })).toBeVisible();
  await expect(page.getByTestId("api-operation")).toHaveCount(13);
  await expect(page.getByRole("heading", { name: "StatusUpdateInput" })).toBeVisible();
  // What webhooks send, from the same document.
  await expect(page.getByTestId("api-webhook")).toHaveCount(5);
  await expect(page.getByTestId("api-webhook").filter({ hasText: "status.changed" })).toContainText("statusUpdateId");
});

test("the token pages and the API reference meet WCAG 2.1 AA", async ({ page }) => {
  test.setTimeout(240_000);
  const admin = await createTestUser("admin");
  await login(page, admin.email, admin.password);
  for (const path of ["/account/api-tokens", "/admin/api-tokens", "/api-reference"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), path).toEqual([]);
  }
});
