import { expect, test, type Page } from "./support/test";
import { createTestAgreement, createTestUser } from "./support/db";
import { login } from "./support/auth";

// On a phone (390 px wide) the pages fit the width: wide tables scroll inside their own box, and
// nothing (charts, screen-reader text, the header's controls) pushes the page sideways.
test.use({ viewport: { width: 390, height: 844 } });

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("the dashboard, the table and an agreement fit a 390 px screen", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const agreement = await createTestAgreement({ milestones: [{ title: "Working group", dueDate: new Date(Date.now() + 7 * 86_400_000) }] });
  await login(page, viewer.email, viewer.password);
  for (const path of ["/", "/agreements", `/agreements/${agreement.reference}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await pageWidth(page), path).toBeLessThanOrEqual(390);
  }
  // The table itself is wider than the screen: it scrolls in its box, the page does not.
  await page.goto("/agreements");
  const box = page.locator(".data-table").locator("xpath=..");
  expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  // Every link of the main navigation is reachable (the line scrolls sideways).
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My work" }).click();
  await expect(page).toHaveURL(/\/my-work$/);
});
