import { expect, test, type Page } from "./support/test";
import AxeBuilder from "@axe-core/playwright";
import { stringify } from "csv-stringify/sync";
import { createTestUser, db, uniqueSuffix } from "./support/db";
import { login } from "./support/auth";
import { createOwnAgreement, ownReference } from "./fixtures/own-agreements";
import { EXPORT_COLUMNS } from "../../lib/domain/agreement-columns";

type Row = Partial<Record<(typeof EXPORT_COLUMNS)[number], string>>;
const SOCAR = "State Oil Company of the Republic of Azerbaijan";
const SAMRUK = "Samruk-Kazyna Sovereign Wealth Fund";
const KMG = "KazMunayGas National Company";

const row = (r: Row): Row => ({
  title: "Imported agreement",
  area: "energy",
  instrument_type: "memorandum",
  status: "on_track",
  progress: "10",
  signed_date: "2025-10-22",
  target_date: "2027-12-31",
  lead_organization: SOCAR,
  parties: `${SOCAR}; ${SAMRUK}`,
  summary: "",
  ...r,
});
const csvOf = (...rows: Row[]) => Buffer.from(stringify(rows.map(row), { header: true, columns: [...EXPORT_COLUMNS], bom: true }));

async function upload(page: Page, content: Buffer, name = "agreements.csv") {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: content });
  await page.getByRole("button", { name: "Preview import" }).click();
}

test("an admin previews an import, nothing is written until confirmed, then all of it is written with its audit", async ({ page }) => {
  const admin = await createTestUser("admin");
  const suffix = uniqueSuffix();
  const existing = await createOwnAgreement({
    reference: ownReference(suffix, 1),
    title: `Before ${suffix}`,
    area: "energy",
    history: [{ at: "2026-02-01T10:00:00.000Z", status: "on_track", progress: 20, note: "n", severities: { internal_reform: "high" } }],
  });
  const newReference = ownReference(suffix, 2);
  const file = csvOf(
    row({
      reference: existing.reference,
      title: `After ${suffix} — Қазақстан ə`,
      area: "energy",
      instrument_type: existing.instrumentType,
      status: "delayed",
      progress: "35",
      signed_date: "2025-10-22",
      target_date: "2027-12-31",
      parties: `${SOCAR}; ${SAMRUK}; ${KMG}`,
    }),
    row({ reference: newReference, title: `New ${suffix} Şəki`, area: "transport", status: "at_risk", progress: "5", lead_organization: KMG, parties: SOCAR }),
  );

  await login(page, admin.email, admin.password);
  await page.goto("/agreements/import");
  await upload(page, file);
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByTestId("import-summary")).toHaveText("1 to create · 1 to change · 0 unchanged · 0 rejected");
  await expect(preview.getByTestId("import-creates").locator(`[data-reference="${newReference}"]`)).toContainText(`New ${suffix} Şəki`);
  const updates = preview.getByTestId("import-updates");
  await expect(updates.locator("tr[data-field]")).toHaveCount(4);
  await expect(updates.locator('tr[data-field="title"]')).toContainText(`Before ${suffix}`);
  await expect(updates.locator('tr[data-field="title"]')).toContainText(`After ${suffix} — Қазақстан ə`);
  await expect(updates.locator('tr[data-field="status"]')).toContainText("On track");
  await expect(updates.locator('tr[data-field="status"]')).toContainText("Delayed");
  await expect(updates.locator('tr[data-field="progress"]')).toContainText("20");
  await expect(updates.locator('tr[data-field="parties"]')).toContainText(KMG);

  // The preview wrote nothing.
  expect(await db.agreement.findUnique({ where: { reference: newReference } })).toBeNull();
  expect((await db.agreement.findUniqueOrThrow({ where: { id: existing.id } })).title).toBe(`Before ${suffix}`);

  await preview.getByRole("button", { name: "Import 2 agreements" }).click();
  await expect(page.getByTestId("import-message")).toHaveText("Import complete: 1 created, 1 changed.");

  const updated = await db.agreement.findUniqueOrThrow({
    where: { id: existing.id },
    include: { parties: { include: { organization: true } }, statusUpdates: { orderBy: { createdAt: "desc" }, include: { assessments: true } } },
  });
  expect(updated).toMatchObject({ title: `After ${suffix} — Қазақстан ə`, status: "delayed", progress: 35, version: existing.version + 1, lastUpdateById: admin.id });
  expect(updated.parties.map((p) => p.organization.name).sort()).toEqual([KMG, SAMRUK, SOCAR].sort());
  // The search follows the new title and parties.
  expect(updated.searchText).toContain("қазақстан ə");
  expect(updated.searchText).toContain("kazmunaygas");
  await page.goto(`/agreements?q=${encodeURIComponent(`after ${suffix} ҚАЗАҚСТАН kazmunaygas`)}`);
  expect(await page.locator("tbody tr a[data-reference]").allTextContents()).toEqual([existing.reference]);
  await page.goto(`/agreements?q=${encodeURIComponent(`before ${suffix}`)}`);
  await expect(page.getByTestId("agreement-count")).toHaveText("0 agreements");
  await page.goto(`/agreements?q=${encodeURIComponent(`new ${suffix} ŞƏKİ`)}`);
  expect(await page.locator("tbody tr a[data-reference]").allTextContents()).toEqual([newReference]);
  const [latest] = updated.statusUpdates;
  expect(latest).toMatchObject({ statusBefore: "on_track", statusAfter: "delayed", progressBefore: 20, progressAfter: 35, note: "Imported from CSV", authorId: admin.id });
  const reform = await db.challenge.findUniqueOrThrow({ where: { key: "internal_reform" } });
  expect(latest.assessments.find((a) => a.challengeId === reform.id)).toMatchObject({ severity: "high", changed: false });

  const created = await db.agreement.findUniqueOrThrow({
    where: { reference: newReference },
    include: { leadOrganization: true, parties: { include: { organization: true } }, statusUpdates: true },
  });
  expect(created).toMatchObject({ title: `New ${suffix} Şəki`, area: "transport", status: "at_risk", progress: 5, instrumentType: "memorandum" });
  expect(created.leadOrganization.name).toBe(KMG);
  expect(created.parties.map((p) => p.organization.name).sort()).toEqual([KMG, SOCAR].sort());
  expect(created.statusUpdates).toMatchObject([{ statusBefore: null, statusAfter: "at_risk", progressAfter: 5, note: "Imported from CSV" }]);

  const audit = await db.auditEvent.findMany({ where: { agreementId: { in: [existing.id, created.id] }, action: { startsWith: "agreement.import" } } });
  expect(audit).toHaveLength(2);
  const update = audit.find((a) => a.action === "agreement.import.update")!;
  expect(update).toMatchObject({ actorId: admin.id, entityType: "agreement", entityId: existing.id });
  expect(JSON.parse(update.before!)).toEqual({ title: `Before ${suffix}`, status: "on_track", progress: "20", parties: [SAMRUK, SOCAR].sort().join("; ") });
  expect(JSON.parse(update.after!)).toMatchObject({ title: `After ${suffix} — Қазақстан ə`, status: "delayed", progress: "35" });
  const create = audit.find((a) => a.action === "agreement.import.create")!;
  expect(create).toMatchObject({ actorId: admin.id, entityId: created.id });
  expect(JSON.parse(create.after!)).toMatchObject({ reference: newReference, title: `New ${suffix} Şəki` });
});

test("a rejected row blocks the whole import, each reason is given by row, and nothing is written", async ({ page }) => {
  const admin = await createTestUser("admin");
  const suffix = uniqueSuffix();
  const refs = [1, 2, 3, 4, 5].map((n) => ownReference(suffix, n));
  const file = csvOf(
    row({ reference: refs[0], title: "Valid" }),
    row({ reference: refs[1], status: "Delayed" }),
    row({ reference: refs[2], area: "space" }),
    row({ reference: refs[3], lead_organization: "Ministry of Nowhere" }),
    row({ reference: refs[4] }),
    row({ reference: refs[4] }),
  );
  await login(page, admin.email, admin.password);
  await page.goto("/agreements/import");
  await upload(page, file);
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByTestId("import-summary")).toHaveText("1 to create · 0 to change · 0 unchanged · 5 rejected");
  const rejected = preview.getByTestId("import-rejected");
  await expect(rejected.locator('tr[data-row="3"]')).toContainText('unknown status “Delayed”');
  await expect(rejected.locator('tr[data-row="4"]')).toContainText('unknown area “space”');
  await expect(rejected.locator('tr[data-row="5"]')).toContainText("no organization named “Ministry of Nowhere”");
  await expect(rejected.locator('tr[data-row="6"]')).toContainText(`Reference ${refs[4]} appears more than once (rows 6, 7)`);
  await expect(rejected.locator('tr[data-row="7"]')).toContainText("rows 6, 7");
  await expect(preview.getByRole("button", { name: /^Import/ })).toBeDisabled();
  await expect(preview.getByText("Nothing is imported while any row is rejected").first()).toBeVisible();
  expect(await db.agreement.count({ where: { reference: { in: refs } } })).toBe(0);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("file problems get a clear message and nothing is written", async ({ page }) => {
  const admin = await createTestUser("admin");
  const suffix = uniqueSuffix();
  const reference = ownReference(suffix, 1);
  const good = csvOf(row({ reference })).toString("utf8").replace(/^\uFEFF/, "");
  const cases: [string, Buffer, string][] = [
    ["windows-1251", Buffer.concat([Buffer.from(good.split("\n")[0] + "\n"), Buffer.from([0xca, 0xe0, 0xe7, 0xe0, 0xea, 0x0a])]), "The file is not UTF-8 text: save as CSV UTF-8"],
    ["semicolons", Buffer.from(good.replaceAll(",", ";")), "The file uses semicolons between columns"],
    ["tabs", Buffer.from(good.replaceAll(",", "\t")), "The file uses tabs between columns"],
    ["missing", Buffer.from(good.replace("reference,title,", "reference,")), "Missing columns: title."],
    ["extra", Buffer.from(good.replace("reference,", "reference,colour,")), "Unknown columns: colour."],
    ["binary", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), "This is not a text file"],
    ["header only", Buffer.from(`${EXPORT_COLUMNS.join(",")}\n`), "The file has a header row but no agreements."],
  ];
  await login(page, admin.email, admin.password);
  await page.goto("/agreements/import");
  for (const [name, content, message] of cases) {
    await upload(page, content, `${name}.csv`);
    await expect(page.getByTestId("import-problems"), name).toContainText(message);
  }
  // Over 2 MB: refused (in the browser before upload, and by the server in any case).
  await upload(page, Buffer.concat([Buffer.from(good), Buffer.alloc(2 * 1024 * 1024, 0x41)]), "big.csv");
  await expect(page.locator('[data-field-error="file"]')).toHaveText("The file is larger than 2 MB. Split it into smaller files.");
  expect(await db.agreement.count({ where: { reference } })).toBe(0);
  expect(await db.auditEvent.count({ where: { actorId: admin.id } })).toBe(0);
});

test("confirm re-checks the file against the database: a change since the preview stops the import", async ({ page }) => {
  const admin = await createTestUser("admin");
  const suffix = uniqueSuffix();
  const existing = await createOwnAgreement({ reference: ownReference(suffix, 1), title: `Original ${suffix}`, area: "energy" });
  const file = csvOf(row({ reference: existing.reference, title: `Imported ${suffix}`, area: "energy", instrument_type: existing.instrumentType, status: "on_track", progress: "10" }));
  await login(page, admin.email, admin.password);
  await page.goto("/agreements/import");
  await upload(page, file);
  await expect(page.getByTestId("import-summary")).toHaveText("0 to create · 1 to change · 0 unchanged · 0 rejected");
  // Someone edits the agreement between preview and confirm.
  await db.agreement.update({ where: { id: existing.id }, data: { summary: "edited meanwhile", version: { increment: 1 } } });
  await page.getByRole("button", { name: "Import 1 agreement" }).click();
  await expect(page.getByTestId("import-message")).toHaveText(/Agreements changed since the preview. Nothing was written/);
  const after = await db.agreement.findUniqueOrThrow({ where: { id: existing.id } });
  expect(after).toMatchObject({ title: `Original ${suffix}`, summary: "edited meanwhile", version: existing.version + 1 });
  // The new preview shows the summary change too; confirming it now goes through.
  await expect(page.locator('[data-testid="import-updates"] tr[data-field="summary"]')).toContainText("edited meanwhile");
  await page.getByRole("button", { name: "Import 1 agreement" }).click();
  await expect(page.getByTestId("import-message")).toHaveText("Import complete: 0 created, 1 changed.");
  expect(await db.agreement.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ title: `Imported ${suffix}`, summary: "" });
});

test("an exported CSV imports back unchanged: the formats round-trip", async ({ page }) => {
  const admin = await createTestUser("admin");
  const suffix = uniqueSuffix();
  for (const [n, title] of [[1, `=HYPERLINK("http://example.invalid","x") ${suffix}`], [2, `Қазақстан ə ş ${suffix}`]] as const) {
    await createOwnAgreement({ reference: ownReference(suffix, n), title, summary: "-starts with minus\nand has two lines", targetDate: n === 1 ? null : "2027-01-01" });
  }
  await login(page, admin.email, admin.password);
  const exported = await (await page.request.get(`/api/exports/agreements?format=csv&q=${suffix}`)).body();
  expect(exported.toString("utf8")).toContain(`'=HYPERLINK`);
  await page.goto("/agreements/import");
  await upload(page, exported, "export.csv");
  await expect(page.getByTestId("import-summary")).toHaveText("0 to create · 0 to change · 2 unchanged · 0 rejected");
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();
  await expect(page.getByText("The file matches Accord already")).toBeVisible();

  // Exported on a Kazakh desk, its header row is in Kazakh; an English desk imports it all the same.
  const origin = new URL(page.url()).origin;
  await page.context().addCookies([{ name: "accord-locale", value: "kk", url: origin }]);
  const kazakh = await (await page.request.get(`/api/exports/agreements?format=csv&q=${suffix}`)).body();
  expect(kazakh.toString("utf8").split("\r\n")[0]).toContain("Тіркеу коды,Атауы,Бағыт");
  await page.context().addCookies([{ name: "accord-locale", value: "en", url: origin }]);
  await page.goto("/agreements/import");
  await upload(page, kazakh, "kazakh-export.csv");
  await expect(page.getByTestId("import-summary")).toHaveText("0 to create · 0 to change · 2 unchanged · 0 rejected");
});

test("only admins may import: the page is forbidden to editors and viewers", async ({ page }) => {
  for (const role of ["viewer", "editor"] as const) {
    const user = await createTestUser(role, role === "editor" ? { organizationName: SOCAR } : {});
    await login(page, user.email, user.password);
    const response = await page.goto("/agreements/import");
    expect(response?.status(), role).toBe(403);
    await page.context().clearCookies();
  }
});

test("a file just under the 2 MB limit is accepted for preview", async ({ page }) => {
  // Needs next.config.js experimental.serverActions.bodySizeLimit above 2 MB (Next's default is 1 MB).
  const admin = await createTestUser("admin");
  const suffix = uniqueSuffix();
  const rows = Array.from({ length: 300 }, (_, i) => row({ reference: ownReference(suffix, i + 1), summary: "ə".repeat(2400) }));
  const file = csvOf(...rows);
  expect(file.byteLength).toBeGreaterThan(1_400_000);
  expect(file.byteLength).toBeLessThan(2 * 1024 * 1024);
  await login(page, admin.email, admin.password);
  await page.goto("/agreements/import");
  await upload(page, file, "large.csv");
  await expect(page.getByTestId("import-summary")).toHaveText("300 to create · 0 to change · 0 unchanged · 0 rejected");
  expect(await db.agreement.count({ where: { reference: { startsWith: `E2E-${suffix.toUpperCase()}-` } } })).toBe(0);
});
