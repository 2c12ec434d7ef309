import type { APIResponse } from "@playwright/test";
import { expect, test, type Page } from "./support/test";
import { createTestUser } from "./support/db";
import { login } from "./support/auth";
import { E2E_BASE_URL, E2E_OIDC_ISSUER } from "./support/constants";

const CLOSED_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function expectStaticHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) {
    expect(headers["permissions-policy"]).toContain(feature);
  }
  // Plain HTTP here: no HSTS (it would pin browsers to an HTTPS that does not exist).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** The page policy's directives by name, and the nonce its script-src names. */
function parsePageCsp(response: APIResponse) {
  const header = response.headers()["content-security-policy"] ?? "";
  const directives = new Map(
    header.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  const scripts = directives.get("script-src") ?? [];
  const nonce = scripts.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
  return { directives, nonce };
}

function expectStrictPageCsp(response: APIResponse) {
  const { directives, nonce } = parsePageCsp(response);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  const scripts = directives.get("script-src") ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(directives.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'self'"]);
  // Forms post to the app itself, and the single sign-on button leads to the identity provider
  // (the e2e server has single sign-on configured).
  expect(directives.get("form-action")).toEqual(["'self'", E2E_OIDC_ISSUER]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  return nonce as string;
}

test("a signed-in page has the security headers and a nonce on every script it serves", async ({ page }) => {
  const user = await createTestUser("viewer");
  await login(page, user.email, user.password);
  const response = await page.request.get("/agreements");
  expect(response.status()).toBe(200);
  expectStaticHeaders(response);
  const nonce = expectStrictPageCsp(response);
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test("the login page, the API, static files and redirects have the headers too", async ({ request }) => {
  const loginPage = await request.get("/login");
  expect(loginPage.status()).toBe(200);
  expectStaticHeaders(loginPage);
  expectStrictPageCsp(loginPage);

  const api = await request.get("/api/agreements", { maxRedirects: 0 });
  expect(api.status()).toBe(401);
  expectStaticHeaders(api);
  expect(api.headers()["content-security-policy"]).toBe(CLOSED_CSP);

  const stylesheet = (await loginPage.text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
  expect(stylesheet).toBeDefined();
  const asset = await request.get(stylesheet as string);
  expect(asset.status()).toBe(200);
  expectStaticHeaders(asset);
  expect(asset.headers()["content-security-policy"]).toBe(CLOSED_CSP);

  const redirect = await request.get("/agreements", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectStaticHeaders(redirect);
  expect(redirect.headers()["content-security-policy"]).toBe(CLOSED_CSP);
});

test("every page response carries a different nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) nonces.add(expectStrictPageCsp(await request.get("/login")));
  expect(nonces.size).toBe(3);
});

test("a client claiming HTTPS gets no HSTS when no proxy is trusted (TRUSTED_PROXIES=0)", async ({ request }) => {
  const response = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
  expect(response.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("no page can be framed", async ({ page }) => {
  await page.goto("about:blank");
  await page.setContent(`<iframe src="${E2E_BASE_URL}/login" title="framed"></iframe>`);
  // Chromium replaces a refused frame with its error page; allowed, it would show the login page.
  await expect.poll(() => page.frames().map((frame) => frame.url())).toContain("chrome-error://chromewebdata/");
  await expect(page.frameLocator("iframe").getByRole("button", { name: "Sign in" })).toHaveCount(0);
});

test("the icon and robots.txt are served to anonymous visitors; the login page's icon works", async ({ page, request }) => {
  const icon = await request.get("/icon.svg", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toBe("image/svg+xml");
  expectStaticHeaders(icon);

  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(await robots.text()).toMatch(/User-Agent: \*\s+Disallow: \//i);

  await page.goto("/login");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const linked = await page.request.get(href as string, { maxRedirects: 0 });
  expect(linked.status()).toBe(200);
  expect(linked.headers()["content-type"]).toBe("image/svg+xml");
});

test.describe("the CSP violation recorder", () => {
  /** As a stored script would arrive: an inline <script> in the server's HTML, without the nonce. */
  async function openLoginWithInjectedScript(page: Page) {
    await page.route("**/login", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        "</body>",
        "<script>document.documentElement.dataset.injected = 'ran'</script></body>",
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto("/login");
  }

  test("catches an injected inline script, which does not run", async ({ page, cspViolations }) => {
    await openLoginWithInjectedScript(page);
    await expect.poll(() => cspViolations.map((v) => v.detail).join("\n")).toContain("script-src");
    expect(await page.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
    // Acknowledged: this test is about the violation. The next one leaves it in place.
    cspViolations.length = 0;
  });

  test("fails the test after which a violation was recorded", async ({ page, cspViolations }) => {
    // Expected to fail: the fixture's check after the test must turn this red.
    // (The test above proves the violation is recorded, so the failure can only come from there.)
    test.fail();
    await openLoginWithInjectedScript(page);
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  });
});
