import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { createTestUser, db, SOCAR } from "./support/db";
import { login } from "./support/auth";
import { apiCall, expectProblem } from "./support/api";
import { apiV1Document } from "../../lib/validations/api-v1-openapi";

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

test("the API reference (Swagger UI, served by the app) shows the OpenAPI document and sends a request with a token", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  await page.goto("/account/api-tokens");
  await page.getByLabel("Name (what it is for)").fill("Trying the reference");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByTestId("token-secret").inputValue();

  // Nothing of the reference comes from elsewhere: every request stays on the app's origin.
  const origin = new URL(page.url()).origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) foreign.push(request.url());
  });

  await page.getByRole("link", { name: "API reference", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  const ui = page.getByTestId("swagger-ui");
  const doc = apiV1Document();
  const operationCount = Object.values(doc.paths ?? {}).reduce((n, item) => n + Object.keys(item ?? {}).length, 0);
  // Every operation and every webhook of the document, and nothing else.
  const webhookCount = Object.keys(doc.webhooks ?? {}).length;
  await expect(ui.locator(".opblock")).toHaveCount(operationCount + webhookCount, { timeout: 30_000 });
  await expect(ui.locator(".opblock-summary-path", { hasText: "/agreements/{reference}/status-updates" }).first()).toBeVisible();
  for (const event of Object.keys(doc.webhooks ?? {})) await expect(ui.getByText(event, { exact: true }).first()).toBeVisible();

  // Try it out, with the token pasted into Authorize: a real call to /api/v1 from the page.
  await ui.getByRole("button", { name: "Authorize", exact: true }).click();
  const dialog = page.locator(".modal-ux");
  await dialog.locator("input").first().fill(secret);
  await dialog.getByRole("button", { name: "Apply credentials" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();
  const visits = ui.locator(".opblock-get").filter({ has: page.locator(".opblock-summary-path", { hasText: /^\/visits$/ }) });
  await visits.getByRole("button", { name: /^GET \/visits/ }).click();
  await visits.getByRole("button", { name: "Try it out" }).click();
  await visits.getByRole("button", { name: "Execute" }).click();
  await expect(visits.locator(".live-responses-table tr.response .response-col_status")).toHaveText(/200/);
  await expect(visits.locator(".live-responses-table tr.response .microlight").first()).toContainText("Astana");
  const token = await db.apiToken.findFirstOrThrow({ where: { userId: viewer.id } });
  expect(token.lastUsedAt).not.toBeNull();
  expect(foreign).toEqual([]);
});

test("the token pages and the API reference meet WCAG 2.1 AA", async ({ page }) => {
  test.setTimeout(240_000);
  const admin = await createTestUser("admin");
  await login(page, admin.email, admin.password);
  for (const path of ["/account/api-tokens", "/admin/api-tokens", "/api-reference"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    // Swagger UI renders after the page: judge the reference once it is there, named.
    if (path === "/api-reference") await expect(page.locator("select#servers")).toHaveAttribute("aria-label", "Servers");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), path).toEqual([]);
  }
});
