import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { createTestUser, SOCAR } from "./support/db";
import { login } from "./support/auth";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test("the login page meets WCAG 2.1 AA", async ({ page }) => {
  await page.goto("/login");
  expect(await violations(page)).toEqual([]);
});

test("the agreements table and an agreement with its tracking forms meet WCAG 2.1 AA", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  await login(page, editor.email, editor.password);
  for (const path of ["/agreements?area=energy&status=on_track,at_risk", "/agreements/AZ-KZ-2025-ENE-01", "/account"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
});

test("the admin pages meet WCAG 2.1 AA", async ({ page }) => {
  const admin = await createTestUser("admin");
  await login(page, admin.email, admin.password);
  for (const path of ["/admin/users", "/admin/challenges", "/admin/organizations", "/admin/audit", "/admin/webhooks", "/agreements/new"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await violations(page), path).toEqual([]);
  }
});
