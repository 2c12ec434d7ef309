// The interface language: English by default, Russian from the menu (on every page, the sign-in
// page included) or from the browser's preferences. Expected texts come from the catalogs.
import { expect, test } from "./support/test";
import { createTestUser } from "./support/db";
import { MESSAGES } from "./support/messages";

const en = MESSAGES.en;
const ru = MESSAGES.ru;

test("Russian chosen on the sign-in page keeps what was typed, stays after sign-in, and English comes back", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel(en.auth.email).fill(viewer.email);

  await page.getByLabel(en.locale.label).selectOption("ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.auth.title);
  await expect(page.getByLabel(ru.auth.email)).toHaveValue(viewer.email);

  await page.getByLabel(ru.auth.password).fill(viewer.password);
  await page.getByRole("button", { name: ru.auth.submit }).click();
  const nav = page.getByRole("navigation", { name: ru.nav.main });
  await expect(nav.getByRole("link", { name: ru.nav.agreements })).toBeVisible();
  await nav.getByRole("link", { name: ru.nav.agreements }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.agreements.title);

  await page.getByLabel(ru.locale.label).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.agreements.title);
  await page.reload();
  await expect(page.getByRole("navigation", { name: en.nav.main }).getByRole("link", { name: en.nav.agreements })).toBeVisible();
});

test("a browser that prefers Russian gets it without choosing; one that prefers another language gets English", async ({ browser }) => {
  for (const [browserLocale, expected] of [["ru-RU", "ru"], ["de-DE", "en"]] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", expected);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(MESSAGES[expected].auth.title);
    await context.close();
  }
});
