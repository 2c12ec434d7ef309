import { expect, test } from "./support/test";
import { createTestUser, db } from "./support/db";
import { login } from "./support/auth";

test("a viewer opens the list and sees every agreement of the seed", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  await page.goto("/agreements?size=100");
  const agreements = await db.agreement.findMany({ where: { archivedAt: null }, select: { reference: true, title: true } });
  await expect(page.getByTestId("agreement-count")).toHaveText(`${agreements.length} agreements`);
  for (const a of agreements) {
    await expect(page.getByRole("link", { name: a.reference, exact: true })).toBeVisible();
  }
});

test("a viewer opens an agreement page with fields, parties, challenges and the source excerpt", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { reference: "AZ-KZ-2025-TRN-01" },
    include: {
      leadOrganization: true,
      parties: { include: { organization: true } },
      assessments: { include: { challenge: true } },
    },
  });
  await login(page, viewer.email, viewer.password);
  await page.goto("/agreements");
  await page.getByRole("link", { name: agreement.reference, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(agreement.title);
  await expect(page.getByText(agreement.leadOrganization.name).first()).toBeVisible();
  for (const party of agreement.parties) {
    await expect(page.getByText(party.organization.name, { exact: true }).first()).toBeVisible();
  }
  for (const assessment of agreement.assessments) {
    const row = page.locator(`tr[data-challenge="${assessment.challenge.key}"]`);
    await expect(row).toContainText(assessment.challenge.name);
    await expect(row.locator("[data-severity]")).toHaveAttribute("data-severity", assessment.severity);
  }
  await expect(page.locator("blockquote")).toHaveText(agreement.sourceExcerpt);
  // A viewer gets no tracking form.
  await expect(page.getByRole("button", { name: /post update/i })).toHaveCount(0);
});

test("unknown routes and unknown or malformed references get a real 404", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  for (const path of ["/no-such-page", "/agreements/AZ-KZ-2025-ENE-99", "/agreements/%3Cscript%3E", "/agreements/'%20OR%201=1"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});
