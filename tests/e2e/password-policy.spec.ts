import { expect, test } from "./support/test";
import { createTestUser, db, uniqueSuffix } from "./support/db";
import { login } from "./support/auth";

test("the admin's create-user form refuses a breached password and one containing the person's name, saying why", async ({ page }) => {
  const admin = await createTestUser("admin");
  const email = `policy-${uniqueSuffix()}@e2e.test`;
  await login(page, admin.email, admin.password);
  await page.goto("/admin/users");
  const create = page.getByRole("form", { name: "Create a user" });
  const passwordError = create.locator("#new-user-password-error");
  await create.getByLabel("E-mail").fill(email);
  await create.getByLabel("Name").fill("Gulnara Seitkali");

  // Passes the shape rules (12+ characters, letters and digits) but is on the shipped breach list.
  await create.getByLabel("Password (12+ characters)").fill("Qwerty123456");
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(passwordError).toHaveText("This password is among the most common or breached passwords. Choose another.");

  await create.getByLabel("Password (12+ characters)").fill("7-SEITKALI-river-boats");
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(passwordError).toHaveText("The password must not contain the person's name.");

  await create.getByLabel("Password (12+ characters)").fill(`${email.split("@")[0]}-Xy9`);
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(passwordError).toHaveText("The password must not contain the person's e-mail address.");
  expect(await db.user.count({ where: { email } })).toBe(0);

  await create.getByLabel("Password (12+ characters)").fill("Caspian-ferry-2026");
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(create).toContainText("User created.");
  expect(await db.user.count({ where: { email } })).toBe(1);
});
