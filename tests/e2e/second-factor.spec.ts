import { expect, test, type Page } from "./support/test";
import { createTestUser, db } from "./support/db";
import { login, nextTotpCode, logOut } from "./support/auth";
import { totpCodeForStep, totpStepAt } from "../../lib/domain/totp";

/** The password step only: the page that asks for the code (or for the set-up). */
async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login\/second-factor/);
}

async function enterCode(page: Page, code: string) {
  // The form resets when its previous submission's answer arrives (a React form action): wait for
  // that first, or the reset can empty the new code before it is sent.
  const confirm = page.getByRole("button", { name: "Confirm" });
  await expect(confirm).toBeEnabled();
  await page.getByLabel("Code or recovery code").fill(code);
  await confirm.click();
}

const WRONG_CODE = "This code is not valid. Codes change every 30 seconds and each works once.";

/** The session cookie as a Cookie header. */
async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies())
    .filter((c) => c.name.includes("authjs.session-token"))
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
}

test("a person sets up TOTP, then signs in with password and code; replayed and wrong codes are refused; a recovery code works once", async ({ page, request }) => {
  // Codes are used once per 30-second step, so the test waits for fresh steps several times.
  test.setTimeout(180_000);
  const user = await createTestUser("viewer");
  await login(page, user.email, user.password);
  await page.goto("/account");
  await expect(page.getByTestId("second-factor")).toContainText("Off.");
  // Opening the set-up page writes nothing; the button does.
  await page.goto("/account/second-factor");
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toHaveCount(0);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBeNull();
  await page.goto("/account");
  await page.getByRole("button", { name: "Set up a second factor" }).click();
  await expect(page).toHaveURL(/\/account\/second-factor$/);
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(page.locator("#setup-code-error")).toHaveText(WRONG_CODE);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

  const setupStep = totpStepAt(new Date());
  await page.getByLabel("Code from the app").fill(totpCodeForStep(secret, setupStep));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  const enabled = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
  expect(enabled.totpEnabledAt).not.toBeNull();
  expect(enabled.totpSecret).not.toContain(secret);
  expect(enabled.recoveryCodes).toHaveLength(10);
  expect(enabled.recoveryCodes.map((r) => r.codeHash)).not.toContain(codes[0]);
  expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.second_factor_enable" } })).toBe(1);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByTestId("second-factor")).toContainText("10 unused recovery codes left.");

  // Password alone is not a usable session: pages send it back, the API refuses it.
  await logOut(page);
  await signInWithPassword(page, user.email, user.password);
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/login\/second-factor/);
  expect((await request.get("/api/agreements", { headers: { cookie: await cookieHeader(page) }, maxRedirects: 0 })).status()).toBe(401);
  const pending = await db.session.findFirstOrThrow({ where: { userId: user.id, endedAt: null } });
  expect(pending.secondFactorAt).toBeNull();

  // The set-up's own code, replayed: refused, and counted as a failure; so is a wrong one.
  const failures = () => db.loginAttempt.count({ where: { email: user.email, succeeded: false } });
  await enterCode(page, totpCodeForStep(secret, setupStep));
  await expect(page.getByTestId("second-factor-message")).toHaveText(WRONG_CODE);
  await expect.poll(failures).toBe(1);
  await enterCode(page, totpCodeForStep(secret, setupStep + 20));
  await expect.poll(failures).toBe(2);
  await expect(page.getByTestId("second-factor-message")).toHaveText(WRONG_CODE);

  await enterCode(page, await nextTotpCode(user.email));
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect((await db.session.findUniqueOrThrow({ where: { id: pending.id } })).secondFactorAt).not.toBeNull();

  // A recovery code, once.
  await logOut(page);
  await signInWithPassword(page, user.email, user.password);
  await enterCode(page, codes[0].toLowerCase());
  await expect(page.getByTestId("current-user")).toBeVisible();
  await logOut(page);
  await signInWithPassword(page, user.email, user.password);
  await enterCode(page, codes[0]);
  await expect(page.getByTestId("second-factor-message")).toHaveText(WRONG_CODE);
  expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
  expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.recovery_code_use" } })).toBe(1);

  // Not required for a viewer: turned off with a current code.
  await enterCode(page, codes[1]);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.goto("/account");
  const turnOff = page.getByRole("form", { name: "Turn off the second factor" });
  await turnOff.getByLabel("Code from the app").fill(await nextTotpCode(user.email));
  await turnOff.getByRole("button", { name: "Turn off the second factor" }).click();
  await expect(page.getByTestId("second-factor")).toContainText("Off.");
  const off = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
  expect(off).toMatchObject({ totpSecret: null, totpEnabledAt: null });
  expect(off.recoveryCodes).toHaveLength(0);
});

test("recovery codes are replaced with a current code: the old ones stop working, the new ones are shown once", async ({ page }) => {
  // Three codes of the app, each used once: the third waits for a fresh 30-second step.
  test.setTimeout(150_000);
  const user = await createTestUser("viewer", { secondFactor: true });
  await login(page, user.email, user.password);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "New recovery codes" });
  await form.getByLabel("Code from the app").fill("000000");
  await form.getByRole("button", { name: "Replace recovery codes" }).click();
  await expect(page.locator("#regenerate-code-error")).toHaveText(WRONG_CODE);
  expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  expect(await db.loginAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(1);

  await form.getByLabel("Code from the app").fill(await nextTotpCode(user.email));
  await form.getByRole("button", { name: "Replace recovery codes" }).click();
  await expect(page.getByText("New recovery codes are in force; the old ones no longer work.")).toBeVisible();
  const first = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(first).toHaveLength(10);
  await expect(page.getByTestId("second-factor")).toContainText("10 unused recovery codes left.");

  // Once more: the first list is replaced, and only the second one signs in.
  await page.reload();
  await form.getByLabel("Code from the app").fill(await nextTotpCode(user.email));
  await form.getByRole("button", { name: "Replace recovery codes" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const second = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(second).not.toContain(first[0]);
  expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(10);
  expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.recovery_codes_regenerate" } })).toBe(2);

  await logOut(page);
  await signInWithPassword(page, user.email, user.password);
  await enterCode(page, first[0]);
  await expect(page.getByTestId("second-factor-message")).toHaveText(WRONG_CODE);
  await enterCode(page, second[0]);
  await expect(page.getByTestId("current-user")).toBeVisible();
});

test("wrong codes count toward the account's lockout", async ({ page }) => {
  const user = await createTestUser("editor", { organizationName: "State Oil Company of the Republic of Azerbaijan", secondFactor: true });
  await signInWithPassword(page, user.email, user.password);
  const failures = () => db.loginAttempt.count({ where: { email: user.email, succeeded: false } });
  for (let attempt = 1; attempt <= 4; attempt++) {
    await enterCode(page, "000000");
    await expect.poll(failures).toBe(attempt);
    await expect(page.getByTestId("second-factor-message")).toHaveText(WRONG_CODE);
  }
  await enterCode(page, "000000");
  await expect(page.getByTestId("second-factor-message")).toContainText("Too many failed attempts");
  // Even the right code waits for the lockout to end.
  await enterCode(page, await nextTotpCode(user.email));
  await expect(page.getByRole("button", { name: "Confirm" })).toBeEnabled();
  await expect(page.getByTestId("second-factor-message")).toContainText("Too many failed attempts");
  expect(await failures()).toBe(5);
  expect(await db.session.count({ where: { userId: user.id, secondFactorAt: { not: null } } })).toBe(0);
});

test("an administrator resets someone's second factor: audited, their sessions ended", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  const user = await createTestUser("viewer", { secondFactor: true });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await login(otherPage, user.email, user.password);

  await login(page, admin.email, admin.password);
  await page.goto("/admin/users");
  const controls = page.getByTestId(`security-${user.email}`);
  await expect(controls).toContainText("Second factor on");
  await controls.getByRole("button", { name: `Reset second factor: ${user.email}` }).click();
  await expect(controls).toContainText("The second factor was reset and 1 session was ended.");

  await otherPage.goto("/agreements");
  await expect(otherPage).toHaveURL(/\/login/);
  const reset = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true, sessions: true } });
  expect(reset).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
  expect(reset.sessions.map((s) => s.endedReason)).toEqual(["second_factor_reset"]);
  const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.second_factor_reset" } });
  expect(event.actorId).toBe(admin.id);

  // A viewer needs none: the password signs them in again.
  await login(otherPage, user.email, user.password);
  await other.close();
});

test("REQUIRE_2FA=admins: an admin without a second factor must set it up before anything else", async ({ page, request }) => {
  const admin = await createTestUser("admin", { secondFactor: false });
  await signInWithPassword(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { name: "Set up your second factor" })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).totpSecret).toBeNull();
  await page.getByRole("button", { name: "Set up a second factor" }).click();
  await expect(page.getByTestId("totp-secret")).toBeVisible();
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/login\/second-factor/);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\/second-factor/);
  expect((await request.get("/api/agreements", { headers: { cookie: await cookieHeader(page) }, maxRedirects: 0 })).status()).toBe(401);

  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  await page.getByLabel("Code from the app").fill(totpCodeForStep(secret, totpStepAt(new Date())));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/agreements$/);
  const [session] = await db.session.findMany({ where: { userId: admin.id } });
  expect(session.secondFactorAt).not.toBeNull();

  // Required for the role: it cannot be turned off.
  await page.goto("/account");
  await expect(page.getByTestId("second-factor")).toContainText("cannot be turned off");
  await expect(page.getByRole("button", { name: "Turn off the second factor" })).toHaveCount(0);
});
