import { expect, test } from "./support/test";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { createTestUser, db } from "./support/db";
import { login } from "./support/auth";
import { INJECTION, expectedRows, ownExportSet, pastStateFixture, pdfText } from "./fixtures/report-fixtures";
import { EXPORT_COLUMNS } from "../../lib/domain/agreement-columns";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const today = () => new Date().toISOString().slice(0, 10);

test("a viewer exports the current view as CSV: every row, the table's order, UTF-8 with BOM", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { token } = await ownExportSet();
  await login(page, viewer.email, viewer.password);
  // Page and size are ignored: the export holds every matching row, not just the visible page.
  const search = `q=${token}&sort=progress&dir=desc&size=25&page=3`;
  const response = await page.request.get(`/api/exports/agreements?format=csv&header=machine&${search}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="accord-agreements-${today()}.csv"`);
  expect(response.headers()["x-total-rows"]).toBe("3");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  const parsed = Papa.parse<Record<string, string>>(body.toString("utf8").slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
  const expected = await expectedRows(search);
  expect(expected).toHaveLength(3);
  expect(parsed.data).toEqual(
    expected.map((r) => ({
      ...r,
      title: r.title.startsWith("+") ? `'${r.title}` : r.title,
      progress: String(r.progress),
      signed_date: day(r.signed_date),
      target_date: day(r.target_date),
      next_milestone_due: day(r.next_milestone_due),
      last_update_at: day(r.last_update_at),
      latest_note: /^[=+\-@]/.test(r.latest_note) ? `'${r.latest_note}` : r.latest_note,
    })),
  );
  // Cyrillic and Azerbaijani letters survive byte for byte.
  expect(parsed.data[0].summary).toBe("Azərbaycan ə ğ ı ö ş ü ç — Қазақстан ң ғ ү ұ қ ө һ");
});

test("the unfiltered export holds every agreement, in every sort order the table offers", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  for (const search of ["sort=lead&dir=desc", "sort=nextMilestone&dir=asc", "sort=title&dir=asc&archived=include"]) {
    const response = await page.request.get(`/api/exports/agreements?format=csv&header=machine&${search}`);
    const rows = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows.length, search).toBe(Number(response.headers()["x-total-rows"]));
    // Other tests add agreements concurrently: compare the seeded ones' relative order.
    const seeded = new Set((await db.agreement.findMany({ where: { reference: { startsWith: "AZ-KZ-2025-" } } })).map((a) => a.reference));
    const expected = (await expectedRows(search)).map((r) => r.reference).filter((r) => seeded.has(r));
    expect(rows.map((r) => r.reference).filter((r) => seeded.has(r)), search).toEqual(expected);
  }
});

test("the XLSX export is a real workbook: typed cells, frozen header, autofilter, widths", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { token } = await ownExportSet();
  await login(page, viewer.email, viewer.password);
  const search = `q=${token}&sort=reference&dir=asc`;
  const response = await page.request.get(`/api/exports/agreements?format=xlsx&header=machine&${search}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="accord-agreements-${today()}.xlsx"`);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.name).toBe("Agreements");
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS]);
  expect(sheet.getRow(1).font?.bold).toBe(true);
  EXPORT_COLUMNS.forEach((_, i) => expect(sheet.getColumn(i + 1).width).toBeGreaterThanOrEqual(10));

  const expected = await expectedRows(search);
  expect(sheet.rowCount).toBe(1 + expected.length);
  expected.forEach((r, i) => {
    const row = sheet.getRow(i + 2);
    const cell = (name: (typeof EXPORT_COLUMNS)[number]) => row.getCell(EXPORT_COLUMNS.indexOf(name) + 1);
    expect(cell("reference").value).toBe(r.reference);
    expect(cell("progress").value).toBe(r.progress);
    expect(cell("signed_date").value).toEqual(r.signed_date);
    expect(cell("signed_date").numFmt).toBe("yyyy-mm-dd");
    expect(cell("target_date").value ?? null).toEqual(r.target_date);
    expect(cell("last_update_at").value).toEqual(r.last_update_at);
    expect(cell("summary").value).toBe(r.summary);
    expect(cell("parties").value).toBe(r.parties);
  });
});

test("formula injection is neutralised in CSV and XLSX cells", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { token, agreements } = await ownExportSet();
  await login(page, viewer.email, viewer.password);
  const target = agreements[1].reference; // its latest note is the HYPERLINK formula
  const csv = await page.request.get(`/api/exports/agreements?format=csv&header=machine&q=${token}`);
  const rows = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ""), { header: true }).data;
  expect(rows.find((r) => r.reference === target)?.latest_note).toBe(`'${INJECTION}`);
  expect(rows.find((r) => r.title.includes("SUM"))?.title).toBe(`'+SUM(A1) title ${token}`);
  expect(rows.find((r) => r.latest_note.includes("minus"))?.latest_note).toBe("'-minus note\nsecond line");

  const xlsx = await page.request.get(`/api/exports/agreements?format=xlsx&header=machine&q=${token}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const noteColumn = EXPORT_COLUMNS.indexOf("latest_note") + 1;
  const formulas: unknown[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address)));
  expect(formulas).toEqual([]);
  const noteCells = sheet.getColumn(noteColumn).values.filter((v) => typeof v === "string");
  expect(noteCells).toContain(`'${INJECTION}`);
});

test("exports and reports answer 401 without a session, 404 for unknown agreements, 400 for bad formats", async ({ request, page }) => {
  for (const path of [
    "/api/exports/agreements?format=csv",
    "/api/exports/agreements?format=xlsx",
    "/api/reports/status?format=pdf",
    "/api/reports/agreements/AZ-KZ-2025-ENE-01?format=pdf",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect(await response.json()).toEqual({ error: "Authentication required" });
  }
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  expect((await page.request.get("/api/exports/agreements?format=docx")).status()).toBe(400);
  const badHeader = await page.request.get("/api/exports/agreements?format=csv&header=fancy");
  expect(badHeader.status()).toBe(400);
  expect(await badHeader.json()).toEqual({ error: 'header must be "labels" or "machine"' });
  for (const reference of ["AZ-KZ-2025-ENE-99", "%3Cscript%3E", "a".repeat(80)]) {
    const response = await page.request.get(`/api/reports/agreements/${reference}?format=pdf`);
    expect(response.status(), reference).toBe(404);
    expect(await response.json()).toEqual({ error: "Agreement not found" });
  }
});

test("the status report PDF for a past date shows things as they stood then, from the history", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { suffix, visit, agreement, later } = await pastStateFixture();
  await login(page, viewer.email, viewer.password);

  const march = await page.request.get(`/api/reports/status?format=pdf&asOf=2026-03-31&since=2026-03-01&visit=${visit.id}`);
  expect(march.status()).toBe(200);
  expect(march.headers()["content-type"]).toBe("application/pdf");
  expect(march.headers()["content-disposition"]).toBe('attachment; filename="accord-status-report-2026-03-31.pdf"');
  const then = await pdfText(march);
  expect(then.text).toContain("As of 31 March 2026"); // a document writes its dates as the language does
  expect(then.text).toContain(visit.title);
  expect(then.text).toContain("1 agreement ·");
  expect(then.text).toContain(agreement.reference);
  expect(then.text).toContain(`note-B-${suffix} Қазақ ə`); // delayed then, with its latest note
  expect(then.text).toContain(`ms-${suffix}`); // due 02-15, done only on 04-01: overdue on 03-31
  expect(then.text).not.toContain(`note-C-${suffix}`);
  expect(then.text).not.toContain(later.reference);
  // Heat map row: culture's worst severities then (internal reform was "high" in March).
  expect(then.text).toMatch(/Culture (?:(?:None|Low|Medium|High|Critical) )*High/);

  const june = await pdfText(await page.request.get(`/api/reports/status?format=pdf&asOf=2026-06-30&since=2026-05-15&visit=${visit.id}`));
  expect(june.text).toContain("2 agreements ·");
  expect(june.text).toContain(`note-C-${suffix}`);
  expect(june.text).toContain(later.reference);
  expect(june.text).not.toContain(`ms-${suffix}`);
});

test("the printable report page shows the same past state, with a PDF link and a text alternative for the chart", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { suffix, visit, agreement, later } = await pastStateFixture();
  await login(page, viewer.email, viewer.password);
  await page.goto(`/reports/status?asOf=2026-03-31&since=2026-03-01&visit=${visit.id}`);
  await expect(page.getByTestId("report-as-of")).toHaveText("As of 2026-03-31");
  await expect(page.getByRole("link", { name: "Download PDF" })).toHaveAttribute(
    "href",
    `/api/reports/status?format=pdf&asOf=2026-03-31&since=2026-03-01&visit=${visit.id}`,
  );
  const counts = page.getByTestId("counts-table");
  await expect(counts.locator('tr[data-area="culture"] td[data-status="delayed"]')).toHaveText("1");
  await expect(counts.locator('tr[data-area="culture"] td[data-status="at_risk"]')).toHaveText("0");
  await expect(counts.locator('tr[data-area="youth"] td[data-status="delayed"]')).toHaveText("0");
  await expect(page.getByTestId("counts-total")).toHaveText("1");
  await expect(page.getByRole("img", { name: /Stacked bars/ })).toBeVisible();

  const atRisk = page.getByTestId("at-risk").locator(`tr[data-reference="${agreement.reference}"]`);
  await expect(atRisk).toContainText(`note-B-${suffix}`);
  await expect(atRisk.locator("[data-status]")).toHaveAttribute("data-status", "delayed");
  await expect(page.getByTestId("overdue")).toContainText(`ms-${suffix}`);
  await expect(page.getByTestId("changes").locator(`tr[data-reference="${agreement.reference}"]`)).toContainText(`note-B-${suffix}`);
  await expect(page.getByTestId("status-report")).not.toContainText(later.reference);
  const reform = await db.challenge.findUniqueOrThrow({ where: { key: "internal_reform" } });
  await expect(page.getByTestId("heat-map").locator(`tr[data-area="culture"] td[data-challenge="${reform.id}"] [data-severity]`)).toHaveAttribute(
    "data-severity",
    "high",
  );

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // On paper: the date form and buttons are hidden, the report itself is not.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Show report" })).toBeHidden();
  await expect(page.getByTestId("counts-table")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // Choosing another date through the form.
  await page.getByLabel("As of").fill("2026-06-30");
  await page.getByLabel("Changes since").fill("2026-05-15");
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page.getByTestId("report-as-of")).toHaveText("As of 2026-06-30");
  await expect(page.getByTestId("counts-total")).toHaveText("2");
  await expect(page.getByTestId("at-risk").locator(`tr[data-reference="${agreement.reference}"]`)).toContainText(`note-C-${suffix}`);
});

test("report dates fall back safely: a future date is today, junk is today and 30 days before", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  await page.goto("/reports/status?asOf=2999-01-01&since=junk");
  await expect(page.getByTestId("report-as-of")).toHaveText(`As of ${today()}`);
  const since = new Date(Date.parse(`${today()}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  await expect(page.getByLabel("Changes since")).toHaveValue(since);
});

test("the one-page agreement PDF has its fields, assessments, milestones and history", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { suffix, agreement } = await pastStateFixture();
  await login(page, viewer.email, viewer.password);
  const response = await page.request.get(`/api/reports/agreements/${agreement.reference}?format=pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="accord-${agreement.reference}.pdf"`);
  const { text, pages } = await pdfText(response);
  expect(pages).toBe(1);
  expect(text).toContain(agreement.reference);
  expect(text).toContain(`Ферма Şəki ${suffix}`);
  expect(text).toContain(agreement.leadOrganization.name);
  for (const challenge of await db.challenge.findMany({ where: { key: { not: null } } })) expect(text).toContain(challenge.name);
  expect(text).toContain(`ms-${suffix}`);
  for (const note of ["A", "B", "C"]) expect(text).toContain(`note-${note}-${suffix}`);
  expect(text).toContain("Delayed → At risk");
});

test("the export menu downloads the current view with progress and saves the file", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  const { token } = await ownExportSet();
  await login(page, viewer.email, viewer.password);
  await page.goto(`/agreements?q=${token}`);
  const menu = page.getByTestId("export-menu");
  const downloadPromise = page.waitForEvent("download");
  await menu.getByRole("button", { name: "CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`accord-agreements-${today()}.csv`);
  const text = (await import("node:fs")).readFileSync(await download.path(), "utf8");
  // A file for people: the header row is in the reader's language.
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields?.slice(0, 3)).toEqual(["Reference", "Title", "Area"]);
  expect(parsed.data.map((r) => r.Reference).sort()).toEqual((await expectedRows(`q=${token}`)).map((r) => r.reference).sort());
  await expect(menu.getByTestId("export-status")).toHaveText(`Saved accord-agreements-${today()}.csv.`);
  await expect(menu.getByRole("link", { name: "Status report" })).toHaveAttribute("href", "/reports/status");
});

test("a running export shows its progress, can be cancelled, and leaves the menu usable", async ({ page }) => {
  const viewer = await createTestUser("viewer");
  await login(page, viewer.email, viewer.password);
  await page.goto("/agreements");
  // Hold the export request so the in-between state can be looked at (no timing involved).
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/exports/agreements**", async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  const menu = page.getByTestId("export-menu");
  await menu.getByRole("button", { name: "Excel (XLSX)" }).click();
  await expect(menu.getByTestId("export-status")).toHaveText("Preparing XLSX…");
  await expect(page.getByRole("progressbar", { name: "XLSX export progress" })).toBeVisible();
  await expect(menu.getByRole("button", { name: "CSV" })).toBeDisabled();
  await menu.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("progressbar", { name: "XLSX export progress" })).toBeHidden();
  await expect(menu.getByRole("button", { name: "CSV" })).toBeEnabled();
  release();
});
