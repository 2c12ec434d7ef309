import { expect, test, type Page } from "./support/test";
import { createTestUser, db, uniqueSuffix } from "./support/db";
import { E2E_LOCALHOST_URL, E2E_OIDC_ISSUER, E2E_SSO_LABEL } from "./support/constants";

// Single sign-on through the suite's own OpenID provider (support/oidc-provider.ts): a test
// registers the provider-side account, signs in on the provider's own login page, and the app
// decides whom that is.
type ProviderAccount = { sub: string; email: string; email_verified: boolean; name: string };

async function registerProviderAccount(account: ProviderAccount): Promise<void> {
  const response = await fetch(`${E2E_OIDC_ISSUER}/test/accounts`, { method: "POST", body: JSON.stringify(account) });
  expect(response.status).toBe(204);
}

/** From the app's login page through the provider's login form (devInteractions takes any password). */
async function signInAtProvider(page: Page, sub: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("button", { name: E2E_SSO_LABEL }).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC_ISSUER}/`));
  await page.getByPlaceholder("Enter any login").fill(sub);
  await page.getByPlaceholder("and password").fill("any");
  await page.locator("button[type=submit]").click();
}

const outcome = (page: Page) => page.getByTestId("sign-in-outcome");

// The whole single sign-on flow runs on http://localhost:<port>, not the suite's 127.0.0.1: under
// `next start -H 127.0.0.1` Auth.js's callback route sees its own request URL as localhost, and it
// sends that as the token request's redirect_uri, which must equal the one the sign-in action
// built from the Host header. In production both come from the one public address (AUTH_URL).
test.use({ baseURL: E2E_LOCALHOST_URL });

test("a known user signs in through the identity provider and keeps Accord's role", async ({ page }) => {
  const user = await createTestUser("editor", { organizationName: "State Oil Company of the Republic of Azerbaijan" });
  // The provider may spell the address in another case; the name it gives does not replace Accord's.
  const account = { sub: `known-${uniqueSuffix()}`, email: user.email.toUpperCase(), email_verified: true, name: "Provider Name" };
  await registerProviderAccount(account);
  await signInAtProvider(page, account.sub);
  const header = page.getByTestId("current-user");
  await expect(header).toContainText(user.name);
  await expect(header).toContainText("Editor");
  expect(await db.loginAttempt.count({ where: { email: user.email, succeeded: true } })).toBe(1);
});

test("an unknown person is refused, and nothing but the attempt is written", async ({ page }) => {
  const email = `stranger-${uniqueSuffix()}@e2e.test`;
  const startedAt = new Date();
  const sub = `unknown-${uniqueSuffix()}`;
  await registerProviderAccount({ sub, email, email_verified: true, name: "Stranger" });
  await signInAtProvider(page, sub);
  await expect(page).toHaveURL(/\/login\?sso=unknown/);
  await expect(outcome(page)).toHaveText(/no Accord account has this e-mail address/);
  await page.goto("/agreements");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  expect(await db.user.count({ where: { email } })).toBe(0);
  expect(await db.auditEvent.count({ where: { action: "user.create", createdAt: { gte: startedAt } , after: { contains: email } } })).toBe(0);
  expect(await db.loginAttempt.count({ where: { email, succeeded: false } })).toBe(1);
});

test("a deactivated user is refused", async ({ page }) => {
  const user = await createTestUser("viewer");
  await db.user.update({ where: { id: user.id }, data: { active: false } });
  const sub = `inactive-${uniqueSuffix()}`;
  await registerProviderAccount({ sub, email: user.email, email_verified: true, name: user.name });
  await signInAtProvider(page, sub);
  await expect(page).toHaveURL(/\/login\?sso=inactive/);
  await expect(outcome(page)).toHaveText(/This Accord account is deactivated/);
  expect(await db.loginAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(1);
});

test("an e-mail the provider has not verified is refused, even for an active user", async ({ page }) => {
  const user = await createTestUser("admin");
  const sub = `unverified-${uniqueSuffix()}`;
  await registerProviderAccount({ sub, email: user.email, email_verified: false, name: user.name });
  await signInAtProvider(page, sub);
  await expect(page).toHaveURL(/\/login\?sso=unverified/);
  await expect(outcome(page)).toHaveText(/has not verified this e-mail address/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a tampered state on the way back is refused", async ({ page }) => {
  const user = await createTestUser("viewer");
  const sub = `state-${uniqueSuffix()}`;
  await registerProviderAccount({ sub, email: user.email, email_verified: true, name: user.name });
  // page.route sees only the first request of a redirect chain: the browser would follow the
  // provider's redirects (login form -> /auth/<uid> -> Accord's callback) unseen. So the login
  // form's POST is intercepted, the provider's hops are followed here with the browser's own
  // cookies, and the one that sends the browser back to Accord has its state altered in flight.
  let tamperedState: string | null = null;
  const provider = new URL(E2E_OIDC_ISSUER).origin;
  await page.route(`${E2E_OIDC_ISSUER}/interaction/**`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    let response = await route.fetch({ maxRedirects: 0 });
    let location = response.headers()["location"];
    for (let hop = 0; location && new URL(location, provider).origin === provider && hop < 5; hop++) {
      response = await page.request.get(new URL(location, provider).toString(), { maxRedirects: 0 });
      location = response.headers()["location"];
    }
    if (!location?.includes("/api/auth/callback/sso")) return route.fulfill({ response });
    const back = new URL(location);
    tamperedState = `${back.searchParams.get("state") ?? ""}x`;
    back.searchParams.set("state", tamperedState);
    return route.fulfill({ status: 303, headers: { location: back.toString() } });
  });
  await signInAtProvider(page, sub);
  await expect.poll(() => tamperedState, { message: "the provider's redirect back to Accord was seen and altered" }).not.toBeNull();
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(outcome(page)).toHaveText(/Single sign-on could not be completed/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
});
