// The in-app translation review. A correction applies at once for everyone, so these tests run
// with the tests that change what every other test sees (the "shared-settings" project in
// playwright.config.ts), and put the catalog back when they end.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "./support/test";
import { signIn } from "./support/sign-in";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";
import { E2E_BASE_URL } from "./support/constants";
import { MESSAGES } from "./support/messages";
import { createTestAgreement, createTestUser, db, writeTransaction, type TestUser } from "./support/db";
import { recordNotifications } from "../../lib/data/notification-delivery";
import { startSmtp } from "../unit/support/smtp";
import { runNotifyWorker } from "./support/worker";

test.describe.configure({ mode: "serial" });
test.afterEach(async () => {
  await db.messageTranslation.deleteMany({});
});

async function signedIn(browser: Browser, user: TestUser, locale?: "kk" | "az"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  // The language menu's choice, made after signing in (the sign-in helper reads English labels).
  if (locale) {
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: E2E_BASE_URL }]);
    await page.reload();
  }
  return page;
}

const entry = (page: Page, key: string) => page.getByTestId("translation-entries").locator(`li[data-key="${key}"]`);
const reviewNotes = (locale: string) => JSON.parse(fs.readFileSync(`messages/${locale}/_review.json`, "utf8")) as Record<string, string>;

test("the review lists what the translators were unsure of, with the English beside and their note; the page passes WCAG 2.1 AA", async ({ page }) => {
  const admin = await createTestUser("admin");
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Translations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Translation review");
  // Azerbaijani first; the count is that of messages/az/_review.json.
  const notes = reviewNotes("az");
  await expect(page.getByRole("link", { name: "Azərbaycanca" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: `Needs review (${Object.keys(notes).length})` })).toHaveAttribute("aria-current", "page");
  const [key, note] = Object.entries(notes)[0];
  await page.getByRole("searchbox", { name: "Search messages" }).fill(key);
  await page.getByRole("button", { name: "Search" }).click();
  const first = entry(page, key);
  await expect(first.getByTestId("english")).toHaveText(englishOf(key));
  await expect(first.getByTestId("review-note")).toContainText(note);
  await expect(first.getByRole("textbox", { name: "Translation (Azərbaycanca)" })).toHaveValue(textOf("az", key));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Junk in the address falls back (Azerbaijani, the list needing review, page 1), never a 500.
  const response = await page.goto("/admin/translations?locale=xx&view=nope&page=-4&q=" + "x".repeat(500));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Azərbaycanca" })).toHaveAttribute("aria-current", "page");
});

test("a corrected Kazakh message shows at once for everyone, is audited, and a correction that breaks the message is refused", async ({ page, browser }) => {
  const admin = await createTestUser("admin");
  const reader = await createTestUser("viewer");
  const key = "nav.agreements";
  const before = textOf("kk", key);
  const corrected = `${before} тізілімі`;

  // Someone else has the same message open from before the save.
  const other = await signedIn(browser, await createTestUser("admin"));
  await other.goto(`/admin/translations?locale=kk&view=all&q=${key}`);

  await signIn(page, admin);
  await page.goto("/admin/translations");
  await page.getByRole("link", { name: "Қазақша" }).click();
  await expect(page.getByRole("link", { name: "Қазақша" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: /^All messages/ }).click();
  await expect(page.getByRole("link", { name: /^All messages/ })).toHaveAttribute("aria-current", "page");
  await page.getByRole("searchbox", { name: "Search messages" }).fill(key);
  await page.getByRole("button", { name: "Search" }).click();
  const row = entry(page, key);
  const field = row.getByRole("textbox", { name: "Translation (Қазақша)" });
  await expect(field).toHaveValue(before);

  // The English text itself is refused: no English left behind a translated label.
  await field.fill(englishOf(key));
  await row.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(row.locator("[data-field-error]").first()).toHaveText("This is the English text: write the translation.");

  // A placeholder the English text does not have: refused at the field, with the reason; nothing stored.
  await field.fill(`${before} {count}`);
  await row.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(row.getByText("Not saved: the text would break the message.")).toBeVisible();
  await expect(row.locator("[data-field-error]").first()).toContainText("It must keep exactly the placeholders of the English text: — (this text has {count}).");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  expect(await db.messageTranslation.count()).toBe(0);

  await field.fill(corrected);
  await row.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(row.getByText("Saved. Everyone sees this text now.")).toBeVisible();
  expect(await db.messageTranslation.findFirstOrThrow({ where: { locale: "kk", key } })).toMatchObject({ text: corrected, needsReview: false, version: 1 });
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "translation.update", entityId: `kk:${key}` } });
  expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ text: before });
  expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ text: corrected, needsReview: false });

  // A reader in Kazakh sees it at once, in the navigation of every page.
  const reading = await signedIn(browser, reader, "kk");
  await expect(reading.getByRole("navigation", { name: MESSAGES.kk.nav.main }).getByRole("link", { name: corrected, exact: true })).toBeVisible();

  // The other admin's copy is stale: refused, their text kept in the field, the saved one untouched.
  const stale = entry(other, key);
  await stale.getByRole("textbox").fill(`${before} (ескі)`);
  await stale.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(stale.getByText(/Someone changed this message after you opened the page/)).toBeVisible();
  await expect(stale.getByRole("textbox")).toHaveValue(`${before} (ескі)`);
  expect((await db.messageTranslation.findFirstOrThrow({ where: { locale: "kk", key } })).text).toBe(corrected);

  // The catalog file for the repository carries the correction; the list of corrected messages shows it.
  await page.goto("/admin/translations?locale=kk&view=corrected");
  await expect(entry(page, key).getByTestId("catalog-text")).toContainText(before);
  await expect(page.getByTestId("catalog-files").getByRole("link")).toHaveText(["common.json", "_review.json"]);
  const file = await page.request.get("/api/translations/kk/common.json");
  expect(file.headers()["content-disposition"]).toContain('filename="common.json"');
  const common = (await file.json()) as { nav: Record<string, string> };
  expect(common.nav.agreements).toBe(corrected);
  expect(Object.keys(common)).toEqual(Object.keys(JSON.parse(fs.readFileSync("messages/kk/common.json", "utf8")) as object));
  expect((await page.request.get("/api/translations/kk/nothing.json")).status()).toBe(404);
  expect((await reading.request.get("/api/translations/kk/common.json")).status()).toBe(403);
});

test("an admin confirms one message as written and flags another with a note: the list and _review.json follow", async ({ page }) => {
  const admin = await createTestUser("admin");
  const notes = reviewNotes("kk");
  const [settled] = Object.keys(notes);
  const flagged = "nav.users";
  await signIn(page, admin);

  await page.goto("/admin/translations?locale=kk");
  const count = Object.keys(notes).length;
  await expect(page.getByRole("link", { name: `Needs review (${count})` })).toBeVisible();
  const row = entry(page, settled);
  await row.getByRole("checkbox", { name: "Still needs review" }).uncheck();
  await row.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(page.getByRole("link", { name: `Needs review (${count - 1})` })).toBeVisible();
  await expect(entry(page, settled)).toHaveCount(0);

  await page.goto(`/admin/translations?locale=kk&view=all&q=${flagged}`);
  const flag = entry(page, flagged);
  await flag.getByRole("checkbox", { name: "Still needs review" }).check();
  await flag.getByRole("textbox", { name: "What to check" }).fill("Министрліктің ресми атауымен салыстыру");
  await flag.getByRole("button", { name: "Save, still needs review" }).click();
  await expect(flag.getByText("Saved and listed for review.")).toBeVisible();

  await page.goto("/admin/translations?locale=kk");
  await expect(page.getByRole("link", { name: `Needs review (${count})` })).toBeVisible();
  await expect(entry(page, flagged).getByTestId("review-note")).toContainText("Министрліктің ресми атауымен салыстыру");
  const review = (await (await page.request.get("/api/translations/kk/_review.json")).json()) as Record<string, string>;
  expect(Object.keys(review)).not.toContain(settled);
  expect(review[flagged]).toBe("Министрліктің ресми атауымен салыстыру");
  // Confirming changes no text: the page is still in the catalog's words.
  expect(await db.messageTranslation.findFirstOrThrow({ where: { locale: "kk", key: settled } })).toMatchObject({ text: textOf("kk", settled), needsReview: false });
});

type Tree = { [key: string]: string | Tree };
function lookup(tree: Tree, key: string): string {
  const value = key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
  if (typeof value !== "string") throw new Error(`${key} is no message`);
  return value;
}
const englishOf = (key: string) => lookup(MESSAGES.en as unknown as Tree, key);
const textOf = (locale: "kk" | "az", key: string) => lookup(MESSAGES[locale] as unknown as Tree, key);

test("a corrected mail subject is what the next mail in that language says, naming the agreement by its Kazakh title", async ({ page }) => {
  const smtp = await startSmtp();
  try {
    const admin = await createTestUser("admin");
    const actor = await createTestUser("editor");
    const reader = await createTestUser("editor");
    await db.user.update({ where: { id: reader.id }, data: { locale: "kk" } });
    const agreement = await createTestAgreement();
    const kazakhTitle = `Каспий паромдық тарифтері ${agreement.reference}`;
    await db.agreementText.create({ data: { agreementId: agreement.id, locale: "kk", title: kazakhTitle } });
    const key = "mail.kind.mention.subject";
    const corrected = "{actor} Сізді {reference} келісімін талқылауда атап өтті";

    await signIn(page, admin);
    await page.goto(`/admin/translations?locale=kk&view=all&q=${key}`);
    const row = entry(page, key);
    await row.getByRole("textbox").fill(corrected);
    await row.getByRole("button", { name: "Save as reviewed" }).click();
    await expect(row.getByText("Saved. Everyone sees this text now.")).toBeVisible();

    await writeTransaction((tx) => recordNotifications(tx, [{ userId: reader.id, kind: "mention", agreementId: agreement.id, actorId: actor.id, commentId: "e2ecomment" }]));
    await runNotifyWorker({ SMTP_URL: smtp.url });
    const mail = smtp.messages.find((m) => m.to && "text" in m.to && m.to.text === reader.email);
    expect(mail?.subject).toBe(`${actor.name} Сізді ${agreement.reference} келісімін талқылауда атап өтті`);
    expect(mail?.text).toContain(kazakhTitle);
    expect(mail?.text).not.toContain(agreement.title);
  } finally {
    await smtp.close();
  }
});
