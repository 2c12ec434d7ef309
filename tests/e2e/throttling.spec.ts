import { expect, test } from "./support/test";
import { createTestUser, db, uniqueSuffix } from "./support/db";
import { E2E_BASE_URL, E2E_FAILURES_PER_ADDRESS } from "./support/constants";

import { rawRequest, startLoopbackRelay } from "./support/loopback-relay";

/** The e2e server's SIGN_IN_FAILURES_PER_ADDRESS. */
const LIMIT = E2E_FAILURES_PER_ADDRESS;

// Each test signs in from a loopback address of its own (support/loopback-relay.ts), so the limit's
// failures that close its address do not throttle the suite's other sign-ins from 127.0.0.1.
let relay: Awaited<ReturnType<typeof startLoopbackRelay>>;
test.beforeEach(async () => {
  relay = await startLoopbackRelay();
});
test.afterEach(async () => {
  await relay.close();
  await db.loginAttempt.deleteMany({ where: { clientAddress: relay.address } });
});

/** A direct POST to the credentials callback, as a script would send it (with a valid CSRF token). */
async function postCredentials(email: string, password: string, extraHeaders: Record<string, string> = {}) {
  const csrf = await rawRequest(`${relay.baseURL}/api/auth/csrf`, { headers: extraHeaders });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  return rawRequest(`${relay.baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...extraHeaders, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }).toString(),
  });
}

test("the failure limit on different accounts from one address pauses sign-in from it, on the form and over HTTP", async ({ page }) => {
  const person = await createTestUser("viewer");
  const message = page.getByTestId("login-message");
  // All but two failures already made from this address (the next test makes them all over HTTP), two more on the form.
  await db.loginAttempt.createMany({
    data: Array.from({ length: LIMIT - 2 }, (_, i) => ({ email: `spray-${i}-${uniqueSuffix()}@e2e.test`, succeeded: false, clientAddress: relay.address })),
  });
  await page.goto(`${relay.baseURL}/login`);
  for (let attempt = LIMIT - 1; attempt <= LIMIT; attempt++) {
    await page.getByLabel("E-mail").fill(`spray-${attempt}-${uniqueSuffix()}@e2e.test`);
    await page.getByLabel("Password").fill("Winter2026!");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(message).toHaveText("Wrong e-mail or password.");
  }
  expect(await db.loginAttempt.count({ where: { clientAddress: relay.address, succeeded: false } })).toBe(LIMIT);

  // Even the right password of a real account is refused from this address now, and not recorded.
  await page.getByLabel("E-mail").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toContainText("Too many failed sign-ins from your network");
  await expect(message).toContainText(/try again after \d\d:\d\d UTC/);
  await expect(page).toHaveURL(/\/login/);
  expect(await db.loginAttempt.count({ where: { clientAddress: relay.address } })).toBe(LIMIT);

  const direct = await postCredentials(person.email, person.password);
  expect(direct.status).toBe(429);
  const retryAfter = Number(direct.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(JSON.parse(direct.body)).toMatchObject({ scope: "address" });

  // Another address (the suite's own, 127.0.0.1) is not refused: Auth.js answers it (no CSRF token
  // here, so it records nothing).
  const elsewhere = await rawRequest(`${E2E_BASE_URL}/api/auth/callback/credentials`, { method: "POST" });
  expect(elsewhere.status).not.toBe(429);
});

test("a forged X-Forwarded-For does not escape the limit when no proxy is trusted", async () => {
  // What a direct POST gets before the limit: Auth.js's redirect back to the login page with an error.
  for (let attempt = 1; attempt <= LIMIT; attempt++) {
    const response = await postCredentials(`forged-${attempt}-${uniqueSuffix()}@e2e.test`, "Winter2026!", {
      "x-forwarded-for": `198.51.100.${attempt % 250}`,
    });
    expect(response.status).toBe(302);
    expect(response.headers.location).toMatch(/\/login\?error=CredentialsSignin/);
  }
  // Counted under the connection's address, never under the addresses the client claimed.
  expect(await db.loginAttempt.count({ where: { clientAddress: relay.address, succeeded: false } })).toBe(LIMIT);
  expect(await db.loginAttempt.count({ where: { clientAddress: { startsWith: "198.51.100." } } })).toBe(0);

  const refused = await postCredentials(`forged-over-${uniqueSuffix()}@e2e.test`, "Winter2026!", {
    "x-forwarded-for": "203.0.113.99",
    "x-accord-peer-address": "203.0.113.99",
  });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
});
