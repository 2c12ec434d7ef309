import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createTestUser, db, type TestUser } from "./support/db";
import { login } from "./support/auth";

/** The session cookie as a Cookie header, as someone who copied it would send it. */
async function cookieHeader(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  const session = cookies.filter((c) => c.name.includes("authjs.session-token"));
  expect(session.length).toBeGreaterThan(0);
  return session.map((c) => `${c.name}=${c.value}`).join("; ");
}

const FIREFOX_ON_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:133.0) Gecko/20100101 Firefox/133.0";

async function signedInContext(
  browser: Browser,
  user: TestUser,
  userAgent?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await login(page, user.email, user.password);
  return { context, page };
}

/** The other browser is signed out: its next page goes to the login page. */
async function expectSignedOut(page: Page) {
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/login/);
}

const sessionsOf = (userId: string) => db.session.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

test("a session cookie copied before logout no longer works after it, on pages and on the API", async ({ page, request, browser }) => {
  const user = await createTestUser("viewer");
  await login(page, user.email, user.password);
  const copied = await cookieHeader(page.context());
  const [row] = await sessionsOf(user.id);
  expect(row).toMatchObject({ endedAt: null, method: "password" });
  expect(row.userAgent).toMatch(/Chrome/);

  // Before logout the copy works, which is what makes the test able to fail.
  expect((await request.get("/api/agreements", { headers: { cookie: copied }, maxRedirects: 0 })).status()).toBe(200);

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);

  expect((await request.get("/api/agreements", { headers: { cookie: copied }, maxRedirects: 0 })).status()).toBe(401);
  const thief = await browser.newContext();
  await thief.setExtraHTTPHeaders({ cookie: copied });
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/agreements");
  await expect(thiefPage).toHaveURL(/\/login/);
  await thief.close();

  const [ended] = await sessionsOf(user.id);
  expect(ended.endedAt).not.toBeNull();
  expect(ended.endedReason).toBe("logout");
});

test("the account page lists the sessions; ending another one and signing out everywhere end them on the server", async ({ browser }) => {
  const user = await createTestUser("editor", { organizationName: "State Oil Company of the Republic of Azerbaijan" });
  const a = await signedInContext(browser, user);
  const b = await signedInContext(browser, user, FIREFOX_ON_MAC);
  const c = await signedInContext(browser, user);
  const copiedB = await cookieHeader(b.context);

  await a.page.goto("/account");
  const list = a.page.getByTestId("sessions");
  await expect(list.locator("li")).toHaveCount(3);
  await expect(list.locator("li[data-current=true]")).toHaveCount(1);
  await expect(list.locator("li[data-current=true]")).toContainText("this session");
  const idOfB = (await sessionsOf(user.id))[1].id;
  await expect(list.locator(`li[data-session="${idOfB}"]`)).toContainText("Firefox on macOS");

  await list.locator(`li[data-session="${idOfB}"]`).getByRole("button", { name: "End this session" }).click();
  await expect(list.locator("li")).toHaveCount(2);
  await expectSignedOut(b.page);
  expect((await b.page.request.get("/api/agreements", { headers: { cookie: copiedB }, maxRedirects: 0 })).status()).toBe(401);
  expect((await db.session.findUniqueOrThrow({ where: { id: idOfB } })).endedReason).toBe("ended_by_owner");

  // c still works until "sign out everywhere" from a.
  await c.page.goto("/agreements");
  await expect(c.page).toHaveURL(/\/agreements/);
  await a.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(a.page).toHaveURL(/\/login/);
  await expectSignedOut(c.page);

  const after = await sessionsOf(user.id);
  expect(after.every((s) => s.endedAt !== null)).toBe(true);
  expect(after.filter((s) => s.endedReason === "sign_out_everywhere")).toHaveLength(2);
  const audit = await db.auditEvent.findMany({ where: { entityId: user.id, action: { startsWith: "session." } }, orderBy: { createdAt: "asc" } });
  expect(audit.map((e) => e.action)).toEqual(["session.end", "session.end_all"]);
  for (const s of [a, b, c]) await s.context.close();
});

test("a password change ends the person's other sessions and keeps this one", async ({ browser }) => {
  const user = await createTestUser("viewer");
  const a = await signedInContext(browser, user);
  const b = await signedInContext(browser, user);
  await a.page.goto("/account");
  const form = a.page.getByRole("form", { name: "Change password" });
  const newPassword = `Fresh-password-${Date.now()}`;

  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("This is not your current password.")).toBeVisible();
  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password").fill("short");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(a.page.locator("#password-newPassword-error")).not.toBeEmpty();
  const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(unchanged.passwordChangedAt).toBeNull();
  expect(await db.session.count({ where: { userId: user.id, endedAt: { not: null } } })).toBe(0);

  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(a.page.getByTestId("password-message")).toHaveText("Your password was changed; 1 other session was ended.");

  await expectSignedOut(b.page);
  await a.page.goto("/agreements");
  await expect(a.page).toHaveURL(/\/agreements/);
  const sessions = await sessionsOf(user.id);
  expect(sessions.map((s) => s.endedReason)).toEqual([null, "password_change"]);
  const changed = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(changed.passwordChangedAt).not.toBeNull();
  expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.password_change" } })).toBe(1);

  // The new password is the one that signs in now.
  await b.page.context().clearCookies();
  await login(b.page, user.email, newPassword);
  for (const s of [a, b]) await s.context.close();
});

test("an administrator ends a user's sessions from the users page", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  const user = await createTestUser("viewer");
  const other = await signedInContext(browser, user);
  await login(page, admin.email, admin.password);
  await page.goto("/admin/users");
  const controls = page.getByTestId(`security-${user.email}`);
  await expect(controls).toContainText("1 active session");
  await controls.getByRole("button", { name: `End sessions: ${user.email}` }).click();
  await expect(controls).toContainText("1 session was ended.");
  await expectSignedOut(other.page);

  const [row] = await sessionsOf(user.id);
  expect(row.endedReason).toBe("admin");
  const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "session.admin_end" } });
  expect(event.actorId).toBe(admin.id);
  await other.context.close();
});

test("a session unused for longer than the idle limit is refused", async ({ page, request }) => {
  const user = await createTestUser("viewer");
  await login(page, user.email, user.password);
  const copied = await cookieHeader(page.context());
  const [row] = await sessionsOf(user.id);
  // The server's idle limit is the default, 60 minutes: this session was last seen 61 minutes ago.
  await db.session.update({ where: { id: row.id }, data: { lastSeenAt: new Date(Date.now() - 61 * 60_000) } });
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/login/);
  expect((await request.get("/api/agreements", { headers: { cookie: copied }, maxRedirects: 0 })).status()).toBe(401);
});

test("a deactivated user's sessions end", async ({ page }) => {
  const admin = await createTestUser("admin");
  const user = await createTestUser("viewer");
  await login(page, admin.email, admin.password);
  await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
  await page.goto("/admin/users");
  const row = page.getByRole("form", { name: user.email });
  await row.getByLabel("Active").uncheck();
  await row.getByRole("button", { name: "Save" }).click();
  await expect.poll(async () => (await sessionsOf(user.id)).map((s) => s.endedReason)).toEqual(["deactivated"]);
});
