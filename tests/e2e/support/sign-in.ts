import { expect, type Page } from "@playwright/test";

/**
 * login() from ./auth, with more patience for the first page after signing in (the dashboard):
 * these specs sign in several people each, and on a busy shared machine that page alone can take
 * longer than the default expect timeout. Patience only; nothing measures speed.
 */
export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 45_000 });
}
