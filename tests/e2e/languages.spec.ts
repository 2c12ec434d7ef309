// Every main page in Azerbaijani, Kazakh and Russian: no message missing (next-intl would show its
// key, e.g. "nav.dashboard"), navigation and headings not left in English, `lang` set on <html>,
// and WCAG 2.1 AA as in English. Expected texts come from the catalogs.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { LOCALE_COOKIE, type Locale } from "../../lib/i18n/locales";
import { E2E_BASE_URL } from "./support/constants";
import { createTestUser, db } from "./support/db";
import { pdfText } from "./fixtures/report-fixtures";
import { MESSAGES } from "./support/messages";
import { signInInLanguage as signIn } from "./support/sign-in";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );

const en = MESSAGES.en;
const KEYS = flatten(en as unknown as Tree).map(([key]) => key);
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const AGREEMENT = "AZ-KZ-2025-ENE-01";

/** The English catalog's texts that the language translates differently (brand names stay). */
function englishOnly(locale: Locale): Set<string> {
  const own = new Map(flatten(MESSAGES[locale] as unknown as Tree));
  return new Set(flatten(en as unknown as Tree).filter(([key, text]) => own.get(key) !== text && !text.includes("{")).map(([, text]) => text));
}

/** Fails on a raw catalog key in the page's text or in a label, title or placeholder. */
async function expectNoMissingMessages(page: Page, path: string) {
  const texts = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll("[aria-label],[title],[placeholder],[alt]")].flatMap((el) =>
      ["aria-label", "title", "placeholder", "alt"].map((a) => el.getAttribute(a) ?? ""),
    );
    return [document.title, document.body.innerText, ...attributes].join("\n");
  });
  const raw = KEYS.filter((key) => new RegExp(`(^|[^\\w.])${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w.])`).test(texts));
  expect(raw, `${path}: raw message keys`).toEqual([]);
}

/** Headings and navigation links are in the language, not in English. */
async function expectNotEnglish(page: Page, locale: Locale, path: string) {
  const english = englishOnly(locale);
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, nav a, nav button, th, label, button")].map((el) => (el as HTMLElement).innerText.trim()),
  );
  expect(labels.filter((label) => english.has(label)), `${path}: English labels`).toEqual([]);
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

// Pages and the catalog text of their <h1> (null: the h1 is content, e.g. the agreement's title).
const PAGES: [string, (m: typeof en) => string | null][] = [
  ["/", (m) => m.dashboard.title],
  ["/agreements", (m) => m.agreements.title],
  [`/agreements/${AGREEMENT}`, () => null],
  [`/agreements/${AGREEMENT}/edit`, (m) => m.admin.agreement.editTitle],
  ["/agreements/new", (m) => m.admin.agreement.newTitle],
  ["/agreements/import", (m) => m.import.title],
  ["/reports/status", (m) => m.reports.status.title],
  ["/account", (m) => m.account.title],
  ["/admin/users", (m) => m.admin.users.title],
  ["/admin/challenges", (m) => m.admin.challenges.title],
  ["/admin/organizations", (m) => m.admin.organizations.title],
  ["/admin/audit", (m) => m.admin.audit.title],
  ["/admin/webhooks", (m) => m.webhooks.title],
];

// In groups, so that a slow machine spends its time on one group at a time.
const GROUPS = { main: PAGES.slice(0, 3), forms: PAGES.slice(3, 8), admin: PAGES.slice(8) };

for (const locale of ["az", "kk", "ru"] as const) {
  test(`the sign-in page in ${locale}: no missing message, nothing left in English, lang="${locale}", WCAG 2.1 AA`, async ({ page, context }) => {
    const m = MESSAGES[locale];
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: E2E_BASE_URL }]);
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.auth.title);
    await expectNoMissingMessages(page, "/login");
    await expectNotEnglish(page, locale, "/login");
    expect(await violations(page), "/login").toEqual([]);
  });

  for (const [group, pages] of Object.entries(GROUPS)) {
    test(`${group} pages in ${locale}, as an admin: no missing message, nothing left in English, lang="${locale}", WCAG 2.1 AA`, async ({ page, context }) => {
      test.setTimeout(240_000);
      const m = MESSAGES[locale];
      const admin = await createTestUser("admin");
      await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: E2E_BASE_URL }]);
      await signIn(page, locale, admin);
      const nav = page.getByRole("navigation", { name: m.nav.main });
      for (const label of [m.nav.dashboard, m.nav.agreements, m.reports.navLink, m.nav.audit, m.nav.users, m.nav.challenges]) {
        await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
      }
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
        const h1 = heading(m);
        if (h1) await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(h1, { timeout: 30_000 });
        else await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible({ timeout: 30_000 });
        await expectNoMissingMessages(page, path);
        await expectNotEnglish(page, locale, path);
        expect(await violations(page), path).toEqual([]);
      }
    });
  }
}

test("the language chosen when signed in is kept on the account and follows the person to another browser", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const person = await createTestUser("viewer");
  await signIn(page, "en", person);
  await page.getByLabel(en.locale.label).selectOption("kk");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("navigation", { name: MESSAGES.kk.nav.main })).toBeVisible();
  await expect.poll(async () => (await accountLocale(person.id)) ?? "none").toBe("kk");

  // A new browser that prefers English and has never seen the menu: English until sign-in, then Kazakh.
  const other = await browser.newContext({ locale: "en-US" });
  const fresh = await other.newPage();
  await fresh.goto("/login");
  await expect(fresh.locator("html")).toHaveAttribute("lang", "en");
  await signIn(fresh, "en", person);
  await expect(fresh.locator("html")).toHaveAttribute("lang", "kk");
  await expect(fresh.getByRole("navigation", { name: MESSAGES.kk.nav.main }).getByRole("link", { name: MESSAGES.kk.nav.agreements })).toBeVisible();
  expect((await other.cookies()).find((c) => c.name === LOCALE_COOKIE)?.value).toBe("kk");

  // Changing it there changes it on the account again (and signed out, the menu still works).
  await fresh.getByLabel(MESSAGES.kk.locale.label).selectOption("az");
  await expect(fresh.locator("html")).toHaveAttribute("lang", "az");
  await expect.poll(async () => (await accountLocale(person.id)) ?? "none").toBe("az");
  await other.close();
});

test("the account's language wins over the browser's cookie at sign-in", async ({ page, context }) => {
  const viewer = await createTestUser("viewer");
  await setAccountLocale(viewer.id, "az");
  await context.addCookies([{ name: LOCALE_COOKIE, value: "ru", url: E2E_BASE_URL }]);
  await signIn(page, "ru", viewer);
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MESSAGES.az.dashboard.title);
});

test("an unknown language in the cookie or on the account falls back, never an error", async ({ page, context }) => {
  test.setTimeout(120_000);
  for (const junk of ["xx", "AZ", "kz", "en-US", "../../etc/passwd", "%00", "__proto__", "k".repeat(500)]) {
    await context.clearCookies();
    await context.addCookies([{ name: LOCALE_COOKIE, value: encodeURIComponent(junk), url: E2E_BASE_URL }]);
    const response = await page.goto("/login");
    expect(response?.status(), junk).toBe(200);
    await expect(page.locator("html"), junk).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.auth.title);
  }

  // A code stored on the account that Accord does not have (a language since removed, a hand edit).
  const viewer = await createTestUser("viewer");
  await setAccountLocale(viewer.id, "tlh");
  await context.clearCookies();
  await context.addCookies([{ name: LOCALE_COOKIE, value: "kk", url: E2E_BASE_URL }]);
  await signIn(page, "kk", viewer);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  for (const path of ["/", "/agreements", "/account"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  }
});

test("the status report PDF carries the Azerbaijani and Kazakh letters", async ({ page, context }) => {
  test.setTimeout(180_000);
  const viewer = await createTestUser("viewer");
  await signIn(page, "en", viewer);
  // Dates as each language writes them in a document: "6 dekabr 2026", "2026 ж. 6 желтоқсан".
  const longDates = {
    az: /\d{1,2} (yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr) \d{4}/,
    kk: /\d{4} ж\. \d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/,
  };
  for (const [locale, letters] of [["az", /[əğıöşüç]/], ["kk", /[әғқңөұүһі]/]] as const) {
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: E2E_BASE_URL }]);
    const response = await page.request.get("/api/reports/status?format=pdf");
    expect(response.status()).toBe(200);
    const { text } = await pdfText(response);
    expect(text).toContain(MESSAGES[locale].reports.status.title);
    expect(text).toContain(MESSAGES[locale].reports.status.atRiskHeading);
    expect(text).toMatch(letters);
    expect(text).toMatch(longDates[locale]);
  }
});

async function accountLocale(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;
}

async function setAccountLocale(userId: string, locale: string) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
