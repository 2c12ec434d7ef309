import { expect, type Page } from "./test";
import { login, nextTotpCode } from "./auth";
import type { Locale } from "../../../lib/i18n/locales";
import { MESSAGES } from "./messages";

/** login() for specs that pass the test user itself (the second factor included, for admins). */
export async function signIn(page: Page, user: { email: string; password: string }) {
  await login(page, user.email, user.password);
}

/**
 * Signs in on a page already in `locale` (the language cookie set), by that catalog's labels, as
 * a person reading that language would; an admin then gives the second factor.
 */
export async function signInInLanguage(page: Page, locale: Locale, user: { email: string; password: string }) {
  const m = MESSAGES[locale];
  await page.goto("/login");
  await page.getByLabel(m.auth.email).fill(user.email);
  await page.getByLabel(m.auth.password).fill(user.password);
  await page.getByRole("button", { name: m.auth.submit }).click();
  // Password hashing is deliberately slow; on a busy machine sign-in takes longer than a click.
  const signedIn = page.getByTestId("current-user");
  const codeField = page.getByLabel(m.secondFactor.codeOrRecovery);
  await expect(signedIn.or(codeField)).toBeVisible({ timeout: 30_000 });
  if (await codeField.isVisible()) {
    await codeField.fill(await nextTotpCode(user.email));
    await page.getByRole("button", { name: m.secondFactor.verify }).click();
  }
  await expect(signedIn).toBeVisible({ timeout: 30_000 });
}
