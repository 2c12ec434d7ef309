import { expect, test, type Browser, type Page } from "./support/test";
import { createTestAgreement, createTestUser, createTestVisit, db, SAMRUK, SOCAR } from "./support/db";
import { login } from "./support/auth";
import { signInInLanguage } from "./support/sign-in";
import { LOCALE_COOKIE, type Locale } from "../../lib/i18n/locales";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./support/constants";
import { isPostgresUrl } from "../../lib/database-url";
import { searchTerms } from "../../lib/domain/search-terms";

// The search is answered from an index (FTS5 trigram tables on SQLite, pg_trgm behind views on
// PostgreSQL). These tests hold it to its definition: an agreement is found when its folded text
// contains every word of the search. The suite runs on both databases, so both give these results.

const ASCO = "Azerbaijan Caspian Shipping Company";
const KMG = "KazMunayGas National Company";
const AKTAU = "Aktau International Sea Commercial Port";

const referencesOnPage = (page: Page) => page.locator("tbody tr a[data-reference]").allTextContents();

async function fourLanguagePortfolio() {
  const visit = await createTestVisit();
  const make = (title: string, lead: string, parties: string[]) => createTestAgreement({ visitId: visit.id, title, lead, parties });
  const rows = [
    await make("Middle Corridor ferry capacity", ASCO, [KMG]),
    await make("Цифровой коридор: обмен данными таможни", SOCAR, [SAMRUK]),
    await make("Gənclər mübadiləsi proqramı, Şəki", SOCAR, [KMG]),
    await make("Ақтау портындағы жүк терминалы", KMG, [ASCO, AKTAU]),
    await make("Energy market research (joint)", SAMRUK, [SOCAR]),
  ];
  return { visit, rows };
}

test("the indexed search finds exactly what its words define, in four languages and in any case", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { visit, rows } = await fourLanguagePortfolio();
  const texts = await db.agreement.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { reference: true, searchText: true } });
  await login(page, viewer.email, viewer.password);

  const queries = [
    "corridor", // en, in two titles: one English, one Russian ("коридор" is not "corridor")
    "soc", // a prefix: SOCAR
    "ferry MIDDLE", // words in any order, any case
    "КОРИДОР", // ru, upper case
    "ŞƏKİ", // az, dotted capital İ
    "neft şirkəti", // az, in SOCAR's own name ("Şirkəti" alone is in other companies' Azerbaijani names too)
    "АҚТАУ", // kk
    "«ҚазМұнайГаз»", // kk, with the guillemets of its name
    "теңіз порты", // kk, two words of the Aktau port's name
    "research (joint", // unbalanced parenthesis
    "nothing-matches-this",
  ];
  for (const q of queries) {
    const terms = searchTerms(q);
    const expected = texts.filter((t) => terms.every((term) => t.searchText.includes(term))).map((t) => t.reference).sort();
    await page.goto(`/agreements?visit=${visit.id}&size=100&q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId("agreement-count"), q).toHaveText(expected.length === 1 ? "1 agreement" : `${expected.length} agreements`);
    expect((await referencesOnPage(page)).sort(), q).toEqual(expected);
  }
  // The list above must be able to fail: most of its searches find something, none finds everything.
  const counts = queries.map((q) => texts.filter((t) => searchTerms(q).every((term) => t.searchText.includes(term))).length);
  expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(8);
  expect(Math.max(...counts)).toBeLessThan(rows.length);

  // Typed into the box the way a person searches, in Kazakh.
  await page.goto(`/agreements?visit=${visit.id}`);
  await page.getByRole("searchbox", { name: "Search" }).fill("жүк терминалы");
  await page.getByRole("searchbox", { name: "Search" }).press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByTestId("agreement-count")).toHaveText("1 agreement");
  expect(await referencesOnPage(page)).toEqual([rows[3]!.reference]);
});

test("with a search on, the rows can be ordered by relevance: the title's words first", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const visit = await createTestVisit();
  // "Shipping" is in the first one's title and only in the second one's lead organization.
  const inTitle = await createTestAgreement({ visitId: visit.id, title: "Zeta shipping schedule", lead: SOCAR, parties: [SAMRUK] });
  const inOrganization = await createTestAgreement({ visitId: visit.id, title: "Alpha berth plan", lead: ASCO, parties: [KMG] });
  await login(page, viewer.email, viewer.password);

  await page.goto(`/agreements?visit=${visit.id}&sort=title`);
  await expect(page.getByRole("checkbox", { name: "Most relevant first" })).toHaveCount(0);
  await page.getByRole("searchbox", { name: "Search" }).fill("SHIPPING");
  await page.getByRole("searchbox", { name: "Search" }).press("Enter");
  await expect(page).toHaveURL(/[?&]q=SHIPPING/);
  await expect(page.getByRole("checkbox", { name: "Most relevant first" })).toBeVisible();
  await expect(page.getByTestId("agreement-count")).toHaveText("2 agreements");
  expect(await referencesOnPage(page)).toEqual([inOrganization.reference, inTitle.reference]);

  await page.getByRole("checkbox", { name: "Most relevant first" }).check();
  await expect(page).toHaveURL(/rank=relevance/);
  await expect(page.locator("tbody tr a[data-reference]").first()).toHaveText(inTitle.reference);
  expect(await referencesOnPage(page)).toEqual([inTitle.reference, inOrganization.reference]);
});

test("search text with FTS syntax, 1,000 characters, only punctuation or emoji is taken as words, never an error", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { visit, rows } = await fourLanguagePortfolio();
  await login(page, viewer.email, viewer.password);
  const all = `${rows.length} agreements`;

  const cases: [string, string][] = [
    ['"middle corridor"', "1 agreement"], // quotes: two words
    ["corridor*", "1 agreement"], // the star is not a wildcard, "corridor" is a word
    ["ferry NEAR capacity", "0 agreements"], // NEAR is a word like any other
    ["ferry OR research", "0 agreements"], // so is OR: both words are needed
    ["((((research", "1 agreement"],
    ["!!! ... ---", all], // no word: no search
    ["🚆🤝", all],
    [`corridor ${"x".repeat(1000)}`, "0 agreements"], // cut to 200 characters, still searched
    ["%_%", all], // LIKE's wildcards are not words either
  ];
  for (const [q, count] of cases) {
    const response = await page.goto(`/agreements?visit=${visit.id}&q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByTestId("agreement-count"), q).toHaveText(count);
  }

  // The API takes the same words.
  const response = await page.request.get(`/api/agreements?visit=${visit.id}&q=${encodeURIComponent('"corridor" OR (')}`);
  expect(response.status()).toBe(200);
});

test("titles sort the way people read them on PostgreSQL (ICU root order), by code point on SQLite, as the README says", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const visit = await createTestVisit();
  const titles = ["Zebra crossing plan", "apple orchard survey", "Éclair bakery exchange", "Әуежай жаңғырту", "Бақылау жүйесі", "Ақпарат алмасу"];
  const byTitle = new Map<string, string>();
  for (const title of titles) byTitle.set((await createTestAgreement({ visitId: visit.id, title, lead: SOCAR })).reference, title);
  await login(page, viewer.email, viewer.password);

  await page.goto(`/agreements?visit=${visit.id}&sort=title&dir=asc`);
  await expect(page.getByTestId("agreement-count")).toHaveText(`${titles.length} agreements`);
  const shown = (await referencesOnPage(page)).map((reference) => byTitle.get(reference));
  const expected = isPostgresUrl(E2E_DATABASE_URL)
    ? // Case and accents weigh less than letters; Ә sits beside А, before Б; Latin before Cyrillic.
      ["apple orchard survey", "Éclair bakery exchange", "Zebra crossing plan", "Ақпарат алмасу", "Әуежай жаңғырту", "Бақылау жүйесі"]
    : // Code points: capitals before small letters, É after z, Ә (U+04D8) after the Russian alphabet.
      ["Zebra crossing plan", "apple orchard survey", "Éclair bakery exchange", "Ақпарат алмасу", "Бақылау жүйесі", "Әуежай жаңғырту"];
  expect(shown).toEqual(expected);
});

/** The titles of one visit's agreements, sorted by title, as a reader of that language sees them. */
async function titlesSortedFor(browser: Browser, locale: Locale, texts: string[]) {
  const visit = await createTestVisit();
  // The English originals run the other way round, so a sort by the original would show.
  const byReference = new Map<string, string>();
  for (const [i, title] of texts.entries()) {
    const original = `Agreement ${String.fromCharCode(90 - i)} ${visit.slug}`;
    const created = await createTestAgreement({ visitId: visit.id, title: original, texts: [{ locale, title }] });
    byReference.set(created.reference, title);
  }
  const reader = await createTestUser("viewer");
  const context = await browser.newContext();
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: E2E_BASE_URL }]);
  const page = await context.newPage();
  await signInInLanguage(page, locale, reader);
  await page.goto(`/agreements?visit=${visit.id}&sort=title&dir=asc`);
  await expect(page.locator("tbody tr a[data-reference]")).toHaveCount(texts.length);
  const shown = (await referencesOnPage(page)).map((reference) => byReference.get(reference));
  await context.close();
  return shown;
}

test("a reader's titles sort as their language sorts: Azerbaijani and Kazakh tailoring on PostgreSQL, code point on SQLite", async ({ browser }) => {
  const postgres = isPostgresUrl(E2E_DATABASE_URL);
  const azerbaijani = await titlesSortedFor(browser, "az", ["Qaz kəməri", "Kənd təsərrüfatı", "Xəzər tranziti", "Hava limanı", "Çay ixracı", "Cəmiyyət proqramı"]);
  expect(azerbaijani).toEqual(
    postgres
      ? // The Azerbaijani alphabet: c ç … h x ı i … k q (the root order would put Çay before Cəmiyyət and x last).
        ["Cəmiyyət proqramı", "Çay ixracı", "Hava limanı", "Xəzər tranziti", "Kənd təsərrüfatı", "Qaz kəməri"]
      : // Code points: Ç (U+00C7) after every ASCII capital.
        ["Cəmiyyət proqramı", "Hava limanı", "Kənd təsərrüfatı", "Qaz kəməri", "Xəzər tranziti", "Çay ixracı"],
  );
  const kazakh = await titlesSortedFor(browser, "kk", ["Ішкі нарық", "Ынтымақтастық бағдарламасы", "Инвестициялық қор"]);
  expect(kazakh).toEqual(
    postgres
      ? // The Kazakh alphabet: и … ы і (the root order puts і right after и).
        ["Инвестициялық қор", "Ынтымақтастық бағдарламасы", "Ішкі нарық"]
      : // Code points: І (U+0406) before И (U+0418) before Ы (U+042B).
        ["Ішкі нарық", "Инвестициялық қор", "Ынтымақтастық бағдарламасы"],
  );
});

test("a Kazakh reader's leads sort by their Kazakh names: Ә beside А on PostgreSQL, after Я on SQLite", async ({ browser }) => {
  const visit = await createTestVisit();
  const leads = ["Baku International Sea Trade Port", SOCAR, "Aktau International Sea Commercial Port", SAMRUK];
  const organizations = await db.organization.findMany({ where: { name: { in: leads } }, include: { texts: true } });
  const kazakhName = new Map(organizations.map((o) => [o.id, o.texts.find((t) => t.locale === "kk")?.name ?? o.name]));
  const byReference = new Map<string, string>();
  for (const lead of leads) {
    const created = await createTestAgreement({ visitId: visit.id, lead });
    byReference.set(created.reference, kazakhName.get(created.leadOrganizationId) ?? "missing");
  }
  const reader = await createTestUser("viewer");
  const context = await browser.newContext();
  await context.addCookies([{ name: LOCALE_COOKIE, value: "kk", url: E2E_BASE_URL }]);
  const page = await context.newPage();
  await signInInLanguage(page, "kk", reader);
  await page.goto(`/agreements?visit=${visit.id}&sort=lead&dir=asc`);
  await expect(page.locator("tbody tr a[data-reference]")).toHaveCount(leads.length);
  const shown = (await referencesOnPage(page)).map((reference) => byReference.get(reference));
  await context.close();

  const names = [...byReference.values()];
  const expected = isPostgresUrl(E2E_DATABASE_URL)
    ? [...names].sort(new Intl.Collator("kk").compare)
    : [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  expect(shown).toEqual(expected);
  // Sorting by the English names would have given another order.
  const english = [...leads].sort().map((name) => kazakhName.get(organizations.find((o) => o.name === name)!.id));
  expect(shown).not.toEqual(english);
});

test("the search box works before and without the page's script: typed text is kept, Enter keeps the view's filters and sort", async ({ page, browser }) => {
  const viewer = await createTestUser("viewer");
  const visit = await createTestVisit();
  const found = await createTestAgreement({ visitId: visit.id, title: `Caspian grain terminal ${visit.slug}` });
  await createTestAgreement({ visitId: visit.id, title: `Youth exchange ${visit.slug}` });
  await login(page, viewer.email, viewer.password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await context.newPage();
  await noScript.goto(`/agreements?visit=${visit.id}&sort=title&dir=desc`);
  await expect(noScript.getByTestId("agreement-count")).toHaveText("2 agreements");
  await noScript.getByRole("searchbox", { name: "Search" }).fill("GRAIN terminal");
  await noScript.getByRole("searchbox", { name: "Search" }).press("Enter");
  await expect(noScript).toHaveURL(/[?&]q=GRAIN\+terminal/);
  const url = new URL(noScript.url());
  expect([url.searchParams.get("visit"), url.searchParams.get("sort"), url.searchParams.get("dir")]).toEqual([visit.id, "title", "desc"]);
  await expect(noScript.getByTestId("agreement-count")).toHaveText("1 agreement");
  expect(await referencesOnPage(noScript)).toEqual([found.reference]);
  await expect(noScript.getByRole("searchbox", { name: "Search" })).toHaveValue("GRAIN terminal");
  await context.close();
});
