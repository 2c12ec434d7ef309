// Content in four languages: an agreement's title and summary edited side by side, shown in the
// reader's language or else in the original's with a marker saying so, found by any language's
// text, audited with the language that changed; the seed's agreements and challenges in Kazakh.
import { expect, test, type Browser } from "./support/test";
import { LOCALE_COOKIE, type Locale } from "../../lib/i18n/locales";
import { E2E_BASE_URL } from "./support/constants";
import { createTestAgreement, createTestUser, db, SOCAR, type TestUser } from "./support/db";
import { signIn, signInInLanguage } from "./support/sign-in";
import { MESSAGES } from "./support/messages";
import { pdfText } from "./fixtures/report-fixtures";
import { hydrated } from "./support/hydration";

async function readerIn(browser: Browser, locale: Locale, user: TestUser) {
  const context = await browser.newContext();
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: E2E_BASE_URL }]);
  const page = await context.newPage();
  await signInInLanguage(page, locale, user);
  return page;
}

test("an admin adds the Kazakh title and summary side by side; a Kazakh reader sees them, a Russian one the original with a marker; search finds the Kazakh title", async ({ page, browser }) => {
  const agreement = await createTestAgreement({ title: `Caspian ferry tariffs ${Date.now()}` });
  const admin = await createTestUser("admin");
  await signIn(page, admin);
  await page.goto(`/agreements/${agreement.reference}/edit`);
  const languages = page.getByTestId("agreement-languages");
  // The original's column holds the English text; the others start empty.
  await expect(languages.getByLabel("Title (English)")).toHaveValue(agreement.title);
  await expect(languages.getByLabel("Title (Қазақша)")).toHaveValue("");
  const kazakhTitle = `Каспий паромдық тарифтері ${agreement.reference}`;
  await languages.getByLabel("Title (Қазақша)").fill(kazakhTitle);
  await languages.getByLabel("Summary (Қазақша)").fill("Баку–Ақтау паромдық тарифтерін үйлестіру.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(agreement.title);

  const row = await db.agreementText.findUniqueOrThrow({ where: { agreementId_locale: { agreementId: agreement.id, locale: "kk" } } });
  expect(row).toMatchObject({ title: kazakhTitle, summary: "Баку–Ақтау паромдық тарифтерін үйлестіру.", needsReview: false });
  // The history names the language that changed, and nothing else changed.
  const audit = await db.auditEvent.findFirstOrThrow({ where: { agreementId: agreement.id, action: "agreement.update", actorId: admin.id } });
  expect(JSON.parse(audit.after ?? "{}")).toEqual({ "title.kk": kazakhTitle, "summary.kk": "Баку–Ақтау паромдық тарифтерін үйлестіру." });
  expect(JSON.parse(audit.before ?? "{}")).toEqual({ "title.kk": "", "summary.kk": "" });

  const viewer = await createTestUser("viewer");
  const kazakh = await readerIn(browser, "kk", viewer);
  await kazakh.goto(`/agreements/${agreement.reference}`);
  await expect(kazakh.getByRole("heading", { level: 1 })).toHaveText(kazakhTitle);
  await expect(kazakh.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "kk");
  await expect(kazakh.getByTestId("agreement-summary")).toHaveText("Баку–Ақтау паромдық тарифтерін үйлестіру.");
  await expect(kazakh.getByTestId("title-language")).toHaveCount(0);
  // The one-page PDF is in the reader's language too.
  const { text: sheet } = await pdfText(await kazakh.request.get(`/api/reports/agreements/${agreement.reference}?format=pdf`));
  expect(sheet).toContain(kazakhTitle);
  // Search by the Kazakh title, typed in capitals (folded as the index is), finds it in the table.
  await kazakh.goto(`/agreements?q=${encodeURIComponent(`ПАРОМДЫҚ ТАРИФТЕРІ ${agreement.reference}`)}`);
  await expect(kazakh.locator("tbody tr")).toHaveCount(1);
  await expect(kazakh.locator("tbody tr").getByRole("link", { name: kazakhTitle })).toBeVisible();

  const russian = await readerIn(browser, "ru", viewer);
  await russian.goto(`/agreements/${agreement.reference}`);
  await expect(russian.getByRole("heading", { level: 1 })).toHaveText(agreement.title);
  await expect(russian.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(russian.getByTestId("title-language")).toHaveText("Текста на русском языке пока нет — показан на английском.");
  await russian.goto(`/agreements?q=${encodeURIComponent(agreement.reference)}`);
  await expect(russian.getByTestId("title-shown-in")).toHaveText(/^en/);
});

test("bad input in another language is refused next to its field, and nothing is saved", async ({ page }) => {
  const agreement = await createTestAgreement();
  const admin = await createTestUser("admin");
  await signIn(page, admin);
  await page.goto(`/agreements/${agreement.reference}/edit`);
  const languages = page.getByTestId("agreement-languages");
  await languages.getByLabel("Summary (Русский)").fill("Описание без названия.");
  await languages.getByLabel("Title (Azərbaycanca)").fill("ə".repeat(301));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#agreement-title-ru-error")).toHaveText(MESSAGES.en.validation.required);
  await expect(page.locator("#agreement-title-az-error")).toHaveText(MESSAGES.en.validation.tooLong);
  await expect(languages.getByLabel("Title (Русский)")).toHaveAttribute("aria-invalid", "true");
  expect(await db.agreementText.count({ where: { agreementId: agreement.id } })).toBe(0);
  expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).version).toBe(agreement.version);
});

test("a milestone added in Kazakh with its English title: each reader sees their language or the Kazakh with a marker; an edit is audited by language; bad input is refused at its field", async ({ browser }) => {
  const agreement = await createTestAgreement({ lead: SOCAR });
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const kk = MESSAGES.kk.tracking.milestone;
  const kazakhTitle = `Ақтау портындағы терминал ${Date.now()}`;
  const englishTitle = `Aktau port terminal ${Date.now()}`;

  // Written in the language the editor works in (Kazakh); the other languages fold beneath it.
  const kazakh = await readerIn(browser, "kk", editor);
  await kazakh.goto(`/agreements/${agreement.reference}`);
  const add = kazakh.getByRole("form", { name: kk.add });
  await hydrated(add);
  await add.getByLabel(`${kk.title} (Қазақша)`, { exact: true }).fill(kazakhTitle);
  await add.getByText(kk.otherLanguages).click();
  // Bad input first: a Russian title over the limit is refused at its field and nothing is saved.
  await add.getByLabel(`${kk.title} (Русский)`, { exact: true }).fill("я".repeat(301));
  await add.getByLabel(`${kk.title} (English)`, { exact: true }).fill(englishTitle);
  await add.locator("#new-milestone-due").fill("2027-05-31");
  await add.getByRole("button", { name: kk.add }).click();
  await expect(kazakh.locator("#new-milestone-title-ru-error")).toHaveText(MESSAGES.kk.validation.tooLong);
  expect(await db.milestone.count({ where: { agreementId: agreement.id } })).toBe(0);
  await add.getByLabel(`${kk.title} (Русский)`, { exact: true }).fill("");
  await add.getByRole("button", { name: kk.add }).click();
  const row = kazakh.locator("li[data-milestone]", { hasText: kazakhTitle });
  await expect(row).toBeVisible();
  await expect(row.locator("p[lang=kk]")).toHaveText(kazakhTitle);

  const milestone = await db.milestone.findFirstOrThrow({ where: { agreementId: agreement.id }, include: { texts: true } });
  expect(milestone).toMatchObject({ title: kazakhTitle, language: "kk" });
  expect(milestone.texts.map((t) => [t.locale, t.title])).toEqual([["en", englishTitle]]);
  const created = await db.auditEvent.findFirstOrThrow({ where: { entityId: milestone.id, action: "milestone.create" } });
  expect(JSON.parse(created.after ?? "{}")).toMatchObject({ title: kazakhTitle, language: "kk", "title.en": englishTitle });

  // An English reader reads the English title, unmarked; a Russian one the Kazakh original, marked.
  const viewer = await createTestUser("viewer");
  const english = await readerIn(browser, "en", viewer);
  await english.goto(`/agreements/${agreement.reference}`);
  const englishRow = english.locator(`li[data-milestone="${milestone.id}"]`);
  await expect(englishRow.locator("p[lang=en]")).toHaveText(englishTitle);
  await expect(englishRow.getByTestId("milestone-title-language")).toHaveCount(0);
  const russian = await readerIn(browser, "ru", viewer);
  await russian.goto(`/agreements/${agreement.reference}`);
  const russianRow = russian.locator(`li[data-milestone="${milestone.id}"]`);
  await expect(russianRow.locator("p[lang=kk]")).toHaveText(kazakhTitle);
  await expect(russianRow.getByTestId("milestone-title-language")).toHaveAttribute("data-shown-in", "kk");

  // The editor, now in English, corrects the English title: the original stays Kazakh, the
  // language folded open because it has text, and the history names the language that changed.
  const inEnglish = await readerIn(browser, "en", editor);
  await inEnglish.goto(`/agreements/${agreement.reference}`);
  const editorRow = inEnglish.locator(`li[data-milestone="${milestone.id}"]`);
  await hydrated(editorRow);
  await editorRow.getByRole("button", { name: "Edit" }).click();
  await expect(editorRow.getByLabel("Title (Қазақша)", { exact: true })).toHaveValue(kazakhTitle);
  await editorRow.getByLabel("Title (English)", { exact: true }).fill(`${englishTitle} (phase 1)`);
  await editorRow.getByRole("button", { name: "Save" }).click();
  await expect(inEnglish.locator(`li[data-milestone="${milestone.id}"] p[lang=en]`)).toHaveText(`${englishTitle} (phase 1)`);
  const edited = await db.auditEvent.findFirstOrThrow({ where: { entityId: milestone.id, action: "milestone.update" } });
  expect(JSON.parse(edited.before ?? "{}")).toMatchObject({ title: kazakhTitle, "title.en": englishTitle });
  expect(JSON.parse(edited.after ?? "{}")).toMatchObject({ title: kazakhTitle, "title.en": `${englishTitle} (phase 1)` });
});

test("the seed's agreements and challenges read in Kazakh, with a draft marked as such", async ({ browser }) => {
  const seeded = await db.agreement.findUniqueOrThrow({ where: { reference: "AZ-KZ-2025-TRN-01" }, include: { texts: true } });
  const kazakhText = seeded.texts.find((t) => t.locale === "kk");
  expect(kazakhText, "the seed carries the Kazakh text").toBeDefined();
  const challenge = await db.challenge.findUniqueOrThrow({ where: { key: "infrastructure_funding" }, include: { texts: true } });
  const kazakhChallenge = challenge.texts.find((t) => t.locale === "kk");
  expect(kazakhChallenge).toBeDefined();

  const viewer = await createTestUser("viewer");
  const kazakh = await readerIn(browser, "kk", viewer);
  await kazakh.goto(`/agreements/${seeded.reference}`);
  await expect(kazakh.getByRole("heading", { level: 1 })).toHaveText(kazakhText?.title ?? "missing");
  // A draft the translator was unsure of says so; a confirmed text says nothing.
  if (kazakhText?.needsReview) await expect(kazakh.getByTestId("title-language")).toHaveText(MESSAGES.kk.content.draft);
  else await expect(kazakh.getByTestId("title-language")).toHaveCount(0);
  await expect(kazakh.locator(`tr[data-challenge="infrastructure_funding"] th`)).toHaveText(kazakhChallenge?.name ?? "missing");
  // Organizations are named in Kazakh, an Azerbaijani one with its own name beneath.
  const azerbaijani = await db.organization.findFirstOrThrow({
    where: { country: "AZ", partyTo: { some: { agreementId: seeded.id } } },
    include: { texts: true },
  });
  const party = kazakh.locator(`li[data-organization="${azerbaijani.id}"]`);
  await expect(party.locator("[lang=kk]")).toHaveText(azerbaijani.texts.find((t) => t.locale === "kk")?.name ?? "missing");
  await expect(party.locator("[lang=az]")).toHaveText(azerbaijani.texts.find((t) => t.locale === "az")?.name ?? "missing");
});

test("an admin names an organization in four languages: bad input and a taken name are refused at their fields, a stale form is refused, readers and the search follow", async ({ page, browser }) => {
  const suffix = Date.now().toString(36);
  const organization = await db.organization.create({ data: { name: `E2E Transit Agency ${suffix}`, shortName: `ETA ${suffix}`, country: "KZ", kind: "agency" } });
  const agreement = await createTestAgreement({ lead: organization.name });
  const admin = await createTestUser("admin");
  await signIn(page, admin);
  // A second admin's copy of the page, opened before the first one saves.
  const other = await readerIn(browser, "en", await createTestUser("admin"));
  await other.goto("/admin/organizations");

  await page.goto("/admin/organizations");
  const form = page.getByRole("form", { name: organization.name });
  await hydrated(form);
  await expect(form.getByLabel("Name (English)", { exact: true })).toHaveValue(organization.name);
  const kazakhName = `Транзит агенттігі ${suffix}`;
  await form.getByLabel("Name (Қазақша)", { exact: true }).fill(kazakhName);
  await form.getByLabel("Short name (Azərbaycanca)", { exact: true }).fill("Ə".repeat(61));
  await form.getByLabel("Name (English)", { exact: true }).fill("State Oil Company of the Republic of Azerbaijan");
  await form.getByRole("button", { name: "Save names" }).click();
  await expect(page.locator(`#organization-${organization.id}-shortName-az-error`)).toHaveText(MESSAGES.en.validation.tooLong);
  await form.getByLabel("Short name (Azərbaycanca)", { exact: true }).fill("");
  await form.getByRole("button", { name: "Save names" }).click();
  await expect(page.locator(`#organization-${organization.id}-name-error`)).toHaveText(MESSAGES.en.validation.organizationNameTaken);
  expect(await db.organizationText.count({ where: { organizationId: organization.id } })).toBe(0);

  await form.getByLabel("Name (English)", { exact: true }).fill(organization.name);
  await form.getByRole("button", { name: "Save names" }).click();
  await expect(page.getByText(MESSAGES.en.admin.organizations.saved)).toBeVisible();
  const rows = await db.organizationText.findMany({ where: { organizationId: organization.id } });
  expect(rows.map((r) => [r.locale, r.name, r.needsReview])).toEqual([["kk", kazakhName, false]]);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: organization.id, action: "organization.update" } });
  expect(JSON.parse(audit.after ?? "{}")).toEqual({ "name.kk": kazakhName });

  // The copy opened before the save is refused, and says by whom.
  const stale = other.getByRole("form", { name: organization.name });
  await hydrated(stale);
  await stale.getByLabel("Name (Русский)", { exact: true }).fill(`Транзитное агентство ${suffix}`);
  await stale.getByRole("button", { name: "Save names" }).click();
  await expect(stale.locator("p[data-ok=false]")).toContainText(admin.name);
  expect(await db.organizationText.count({ where: { organizationId: organization.id, locale: "ru" } })).toBe(0);

  // A Kazakh reader reads the new name; the search finds the agreement by it at once.
  const kazakh = await readerIn(browser, "kk", await createTestUser("viewer"));
  await kazakh.goto(`/agreements/${agreement.reference}`);
  await expect(kazakh.locator(`li[data-organization="${organization.id}"] [lang=kk]`)).toHaveText(kazakhName);
  await kazakh.goto(`/agreements?q=${encodeURIComponent(`ТРАНЗИТ АГЕНТТІГІ ${suffix}`)}`);
  await expect(kazakh.locator("tbody tr a[data-reference]")).toHaveText([agreement.reference]);
});

test("an admin confirms a Kazakh draft in the review: it is no longer marked, the search follows, a stale copy and an empty title are refused", async ({ page }) => {
  const agreement = await createTestAgreement();
  const draft = await db.agreementText.create({
    data: { agreementId: agreement.id, locale: "kk", title: `Каспий паромдары ${agreement.reference}`, summary: "", needsReview: true, note: "Check the ferry term" },
  });
  const admin = await createTestUser("admin");
  await signIn(page, admin);
  await page.goto("/admin/translations/content?locale=kk&view=review");
  const entry = page.locator(`[data-entry="agreement:${agreement.id}"]`);
  await expect(entry).toContainText(agreement.title);
  await expect(entry.getByTestId("review-note")).toContainText("Check the ferry term");

  // Someone else corrects it first: this copy is refused and keeps what was typed.
  await entry.getByLabel("Title (Қазақша)").fill("Каспий паромдық тасымалы");
  await entry.getByLabel("Still needs review").uncheck();
  await db.agreementText.update({ where: { agreementId_locale: { agreementId: agreement.id, locale: "kk" } }, data: { summary: "Басқа біреудің мәтіні" } });
  await entry.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(entry.getByText(MESSAGES.en.translations.content.stale)).toBeVisible();
  await expect(entry.getByLabel("Title (Қазақша)")).toHaveValue("Каспий паромдық тасымалы");
  expect((await db.agreementText.findUniqueOrThrow({ where: { agreementId_locale: { agreementId: agreement.id, locale: "kk" } } })).title).toBe(draft.title);

  await page.reload();
  await entry.getByLabel("Title (Қазақша)").fill("");
  await entry.getByLabel("Still needs review").uncheck();
  await entry.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(entry.getByText(MESSAGES.en.validation.required)).toBeVisible();

  const title = `Каспий паромдық тасымалы ${agreement.reference}`;
  await entry.getByLabel("Title (Қазақша)").fill(title);
  await entry.getByRole("button", { name: "Save as reviewed" }).click();
  // Confirmed, it leaves the list of drafts (the page refreshes with the save, so the entry and its
  // "Saved" message go with it, as in the message review).
  await expect(entry).toHaveCount(0);
  const row = await db.agreementText.findUniqueOrThrow({ where: { agreementId_locale: { agreementId: agreement.id, locale: "kk" } } });
  expect(row).toMatchObject({ title, summary: "Басқа біреудің мәтіні", needsReview: false, note: "" });
  const audit = await db.auditEvent.findFirstOrThrow({ where: { agreementId: agreement.id, action: "agreement.translate", actorId: admin.id } });
  expect(JSON.parse(audit.after ?? "{}")).toEqual({ "title.kk": title, "summary.kk": "Басқа біреудің мәтіні", "needsReview.kk": false });
  // The agreement moved on (an edit form open on the old text would be refused) and search has the new words.
  expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).version).toBe(agreement.version + 1);
  await page.goto(`/agreements?q=${encodeURIComponent(`тасымалы ${agreement.reference}`)}`);
  await expect(page.locator("tbody tr")).toHaveCount(1);
});

test("the review lists an organization's draft name with its note; a corrected name is confirmed, audited and searched at once", async ({ page }) => {
  const suffix = Date.now().toString(36);
  const organization = await db.organization.create({
    data: {
      name: `E2E Port Authority ${suffix}`,
      country: "KZ",
      kind: "agency",
      texts: { create: { locale: "kk", name: `Порт басқармасы ${suffix}`, needsReview: true, note: "Check the official term for port authority" } },
    },
  });
  const agreement = await createTestAgreement({ lead: organization.name });
  const admin = await createTestUser("admin");
  await signIn(page, admin);
  await page.goto("/admin/translations/content?locale=kk&view=review");
  const entry = page.locator(`[data-entry="organization:${organization.id}"]`);
  await expect(entry).toContainText(organization.name);
  await hydrated(entry.getByRole("form"));
  await expect(entry.getByTestId("review-note")).toContainText("Check the official term for port authority");

  const name = `Порт әкімшілігі ${suffix}`;
  await entry.getByLabel("Name (Қазақша)", { exact: true }).fill(name);
  await entry.getByLabel("Short name (Қазақша)", { exact: true }).fill("ПӘ");
  await entry.getByLabel("Still needs review").uncheck();
  await entry.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(entry).toHaveCount(0);
  const row = await db.organizationText.findUniqueOrThrow({ where: { organizationId_locale: { organizationId: organization.id, locale: "kk" } } });
  expect(row).toMatchObject({ name, shortName: "ПӘ", needsReview: false, note: "" });
  const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: organization.id, action: "organization.translate", actorId: admin.id } });
  expect(JSON.parse(audit.after ?? "{}")).toEqual({ "name.kk": name, "shortName.kk": "ПӘ", "needsReview.kk": false });
  // Its agreement is found by the new name, and no longer by the old one.
  await page.goto(`/agreements?q=${encodeURIComponent(`әкімшілігі ${suffix}`)}`);
  await expect(page.locator("tbody tr a[data-reference]")).toHaveText([agreement.reference]);
  await page.goto(`/agreements?q=${encodeURIComponent(`басқармасы ${suffix}`)}`);
  await expect(page.getByTestId("agreement-count")).toHaveText("0 agreements");
});
