import { expect, test } from "./support/test";
import { createTestUser, db } from "./support/db";
import { login, logOut } from "./support/auth";
import { ROLE_PERMISSIONS } from "../../lib/domain/permissions";

test("a user signs in, sees name, role and organization, and logs out", async ({ page }) => {
  const user = await createTestUser("editor", { organizationName: "State Oil Company of the Republic of Azerbaijan" });
  await login(page, user.email, user.password);
  const header = page.getByTestId("current-user");
  await expect(header).toContainText(user.name);
  await expect(header).toContainText("Editor");
  await expect(header).toContainText("State Oil Company of the Republic of Azerbaijan");

  await logOut(page);
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fagreements/);
});

test("a wrong password says so without revealing whether the account exists", async ({ page }) => {
  const user = await createTestUser("viewer");
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const message = page.getByTestId("login-message");
  await expect(message).toHaveText("Wrong e-mail or password.");

  await page.getByLabel("E-mail").fill(`nobody-${Date.now()}@e2e.test`);
  await page.getByLabel("Password").fill("whatever-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toHaveText("Wrong e-mail or password.");
  await expect(page).toHaveURL(/\/login/);
});

test("five failures lock the account for 15 minutes, even against the right password", async ({ page }) => {
  const user = await createTestUser("viewer");
  await page.goto("/login");
  const message = page.getByTestId("login-message");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form resets its password field when the server has answered this attempt.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(message).toContainText(attempt < 5 ? "Wrong e-mail or password." : "Too many failed attempts");
  }
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toContainText("paused for 15 minutes");
  await expect(page).toHaveURL(/\/login/);
  const failures = await db.loginAttempt.count({ where: { email: user.email, succeeded: false } });
  expect(failures).toBe(5);
});

test("a deactivated account cannot sign in", async ({ page }) => {
  const user = await createTestUser("viewer");
  await db.user.update({ where: { id: user.id }, data: { active: false } });
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-message")).toHaveText("Wrong e-mail or password.");
});

test("an unauthenticated page request goes to the login page and comes back after sign-in", async ({ page }) => {
  const user = await createTestUser("viewer");
  await page.goto("/agreements/AZ-KZ-2025-ENE-01");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/agreements\/AZ-KZ-2025-ENE-01$/);
});

test("an unauthenticated API request gets 401, not a redirect", async ({ request }) => {
  const response = await request.get("/api/agreements", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: "Authentication required" });
});

test("the account page says who you are and exactly what your role lets you do", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: "State Oil Company of the Republic of Azerbaijan" });
  await login(page, editor.email, editor.password);
  await page.getByTestId("current-user").getByRole("link", { name: editor.name }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: editor.email })).toBeVisible();
  const permissions = page.getByTestId("permissions").getByRole("listitem");
  // One line per permission of the role, from the one permission map.
  await expect(permissions).toHaveCount(ROLE_PERMISSIONS.editor.length);
  await expect(permissions.filter({ hasText: "Comment on any agreement" })).toHaveCount(1);
  await expect(permissions.filter({ hasText: "Record status updates" })).toContainText(
    "on agreements State Oil Company of the Republic of Azerbaijan leads or is a party to",
  );
  await expect(page.getByText("Import agreements from a CSV file")).toHaveCount(0);

  // An administrator's list is the whole set, unscoped; a viewer's only reads and exports.
  await logOut(page);
  const admin = await createTestUser("admin");
  await login(page, admin.email, admin.password);
  await page.goto("/account");
  await expect(page.getByTestId("permissions").getByRole("listitem")).toHaveCount(ROLE_PERMISSIONS.admin.length);
  await expect(page.getByText("Record status updates, assessments and milestones", { exact: true })).toBeVisible();
  await logOut(page);
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  await page.goto("/account");
  await expect(page.getByTestId("permissions").getByRole("listitem")).toHaveCount(ROLE_PERMISSIONS.viewer.length);
});
