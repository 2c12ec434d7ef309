// Every spec imports `test` and `expect` from here, not from @playwright/test: each test then
// runs with a recorder of Content-Security-Policy violations in every browser context it uses
// (its own `page`, and any it opens with browser.newContext()), and a test after which any was
// recorded fails, naming them. A violation is what a user would see as a broken page (a blocked
// script or style), or what an injected script would be.
import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";

export { expect };
export type { Browser, BrowserContext, Page } from "@playwright/test";

export type CspViolation = { via: "event" | "console"; url: string; detail: string };

const BINDING = "__accordCspViolation";

/** Records the CSP violations of every page of `context` into `sink` (returned). */
export async function recordCspViolations(
  context: BrowserContext,
  sink: CspViolation[] = [],
): Promise<CspViolation[]> {
  await context.exposeBinding(BINDING, ({ page }, detail: unknown) => {
    sink.push({ via: "event", url: page?.url() ?? "", detail: String(detail) });
  });
  // Runs before any of the page's scripts, so violations during parsing are caught too.
  await context.addInitScript((binding: string) => {
    window.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = (window as unknown as Record<string, ((detail: string) => void) | undefined>)[binding];
        const sample = event.sample ? ` "${event.sample}"` : "";
        report?.(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}${sample} (${event.sourceFile}:${event.lineNumber})`);
      },
      true,
    );
  }, BINDING);
  context.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy/i.test(message.text())) {
      sink.push({ via: "console", url: message.page()?.url() ?? "", detail: message.text() });
    }
  });
  return sink;
}

export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations = await recordCspViolations(context);
      const restore = recordNewContexts(browser, violations);
      await use(violations);
      restore();
      expect(
        violations.map((v) => `${v.url}: ${v.detail}`),
        "Content-Security-Policy violations during the test",
      ).toEqual([]);
    },
    { auto: true },
  ],
});

/** Contexts a test opens itself (a second user) are recorded too, for the length of the test. */
function recordNewContexts(browser: Browser, sink: CspViolation[]): () => void {
  const original = browser.newContext;
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const context = await original.apply(browser, args);
    await recordCspViolations(context, sink);
    return context;
  };
  return () => {
    browser.newContext = original;
  };
}
