import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { EXPORT_COLUMNS, type ExportRow } from "@/lib/domain/agreement-columns";
import { csvRecord } from "@/lib/reports/agreements-csv";
import { decodeImportFile, parseImportCsv, type ParsedImport } from "@/lib/validations/import";
import { IMPORT_MAX_BYTES } from "@/lib/domain/limits";
import { exportColumnOf, exportHeaderLabels } from "@/lib/i18n/export-headers";
import { LOCALES } from "@/lib/i18n/locales";

const HEADER = EXPORT_COLUMNS.join(",");
const base: Record<string, string> = {
  reference: "AZ-KZ-2025-ENE-01",
  title: "Joint investment mechanism",
  area: "energy",
  instrument_type: "agreement",
  status: "on_track",
  progress: "45",
  signed_date: "2025-10-22",
  target_date: "2027-06-30",
  lead_organization: "SOCAR",
  parties: "SOCAR; Samruk-Kazyna",
  summary: "Şirkət və Қазақстан",
  worst_severity: "medium",
  next_milestone_due: "",
  last_update_at: "",
  last_update_by: "",
  latest_note: "",
};
const csv = (...rows: Record<string, string>[]) => stringify(rows.map((r) => ({ ...base, ...r })), { header: true, columns: [...EXPORT_COLUMNS] });
const problemsOf = (parsed: ParsedImport) => (parsed.ok ? [] : parsed.problems.map((p) => p.key));
const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeImportFile", () => {
  it("accepts UTF-8 with or without a byte-order mark", () => {
    expect(decodeImportFile(bytes("\uFEFFa,b"))).toEqual({ ok: true, text: "a,b" });
    expect(decodeImportFile(bytes("ə,ş"))).toEqual({ ok: true, text: "ə,ş" });
  });

  it("refuses binary files, other encodings, empty and oversized files with their own message", () => {
    expect(decodeImportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ ok: false, problem: { key: "import.errors.binary" } });
    // "Қазақ" in Windows-1251 is not valid UTF-8.
    expect(decodeImportFile(new Uint8Array([0xca, 0xe0, 0xe7, 0xe0, 0xea]))).toMatchObject({ ok: false, problem: { key: "import.errors.notUtf8" } });
    expect(decodeImportFile(new Uint8Array())).toMatchObject({ ok: false, problem: { key: "import.errors.empty" } });
    expect(decodeImportFile(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(65))).toMatchObject({ ok: false, problem: { key: "import.errors.tooLarge" } });
  });
});

describe("parseImportCsv", () => {
  it("reads a valid file, numbering rows as a spreadsheet does (header = row 1)", () => {
    const parsed = parseImportCsv(csv({}, { reference: "AZ-KZ-2025-ENE-02", parties: "SOCAR;KMG; ;KMG", signed_date: "" }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.reference])).toEqual([[2, "AZ-KZ-2025-ENE-01"], [3, "AZ-KZ-2025-ENE-02"]]);
    expect(parsed.rows[1]).toMatchObject({ progress: 45, signed_date: null, parties: ["SOCAR", "KMG"], summary: "Şirkət və Қазақстан" });
  });

  it("reads back what the export writes, formula-neutralised cells included", () => {
    const row: ExportRow = {
      reference: "AZ-KZ-2025-TRN-09",
      title: "=HYPERLINK(\"http://example.invalid\",\"x\")",
      area: "transport",
      instrumentType: "memorandum",
      status: "delayed",
      progress: 7,
      signedDate: new Date("2025-10-22T00:00:00Z"),
      targetDate: null,
      leadOrganization: "-Port of Aktau",
      parties: ["-Port of Aktau", "ADY"],
      // A person's own apostrophe before a formula character survives too.
      summary: "'+ line one\nline two, with \"quotes\"",
      worstSeverity: "high",
      nextMilestoneDue: null,
      lastUpdateAt: null,
      lastUpdateBy: null,
      latestNote: "@note",
      milestoneOwners: ["Aigerim Nurlanova"],
    };
    const text = stringify([csvRecord(row)], { header: true, columns: [...EXPORT_COLUMNS], bom: true });
    const parsed = parseImportCsv(text);
    expect(parsed.ok && parsed.rows[0]).toMatchObject({
      title: row.title,
      lead_organization: "-Port of Aktau",
      parties: ["-Port of Aktau", "ADY"],
      summary: row.summary,
      target_date: null,
    });
  });

  it("reads an export's header row in any of the four languages, in any case, as the machine names", () => {
    const machine = parseImportCsv(csv({}));
    expect(machine.ok).toBe(true);
    for (const locale of LOCALES) {
      const labels = exportHeaderLabels(locale);
      const header = EXPORT_COLUMNS.map((c, i) => (i % 2 ? labels[c].toLocaleUpperCase(locale) : ` ${labels[c]} `));
      const text = stringify([header, ...stringify([{ ...base }], { columns: [...EXPORT_COLUMNS] }).trim().split("\n").map((l) => l.split(","))]);
      const parsed = parseImportCsv(text);
      expect(parsed, locale).toEqual(machine);
    }
    // Every label is its own column's, in every language: no two columns share a name.
    for (const locale of LOCALES) {
      for (const column of EXPORT_COLUMNS) expect(exportColumnOf(exportHeaderLabels(locale)[column]), `${locale} ${column}`).toBe(column);
    }
    const unknown = parseImportCsv(csv({}).replace("reference,", "Reference number,"));
    expect(unknown).toMatchObject({ ok: false, problems: [{ key: "import.errors.missingColumns" }, { key: "import.errors.extraColumns", values: { columns: "Reference number" } }] });
  });

  it("says when the delimiter is a semicolon or a tab", () => {
    const semicolon = parseImportCsv(`${EXPORT_COLUMNS.join(";")}\n${Object.values(base).join(";")}`);
    expect(semicolon).toMatchObject({ ok: false, problems: [{ key: "import.errors.wrongDelimiter", values: { delimiter: ";" } }] });
    const tab = parseImportCsv(`${EXPORT_COLUMNS.join("\t")}\n${Object.values(base).join("\t")}`);
    expect(tab).toMatchObject({ ok: false, problems: [{ key: "import.errors.wrongDelimiter", values: { delimiter: "tab" } }] });
  });

  it("accepts a file exported before the milestone_owners column existed", () => {
    const older = EXPORT_COLUMNS.filter((c) => c !== "milestone_owners");
    const parsed = parseImportCsv(stringify([base], { header: true, columns: [...older] }));
    expect(problemsOf(parsed)).toEqual([]);
    expect(parsed.ok && parsed.rows.map((r) => r.reference)).toEqual(["AZ-KZ-2025-ENE-01"]);
  });

  it("names missing, unknown and repeated columns", () => {
    const header = EXPORT_COLUMNS.filter((c) => c !== "status" && c !== "summary");
    const parsed = parseImportCsv(`${[...header, "colour", "title"].join(",")}\n`);
    expect(parsed).toMatchObject({
      ok: false,
      problems: [
        { key: "import.errors.missingColumns", values: { columns: "status, summary" } },
        { key: "import.errors.extraColumns", values: { columns: "colour" } },
        { key: "import.errors.repeatedColumns", values: { columns: "title" } },
      ],
    });
  });

  it("refuses a header without rows, and an unclosed quote", () => {
    expect(problemsOf(parseImportCsv(`${HEADER}\n`))).toEqual(["import.errors.noRows"]);
    expect(problemsOf(parseImportCsv(`${HEADER}\n"AZ-KZ-2025-ENE-01,unclosed`))).toEqual(["import.errors.quotes"]);
  });

  it("rejects each row of a duplicated reference, naming the rows", () => {
    const parsed = parseImportCsv(csv({}, { reference: "AZ-KZ-2025-ENE-02" }, {}));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.map((r) => r.row)).toEqual([3]);
    expect(parsed.rejected).toEqual([
      { row: 2, reference: "AZ-KZ-2025-ENE-01", problems: [{ key: "import.errors.duplicateReference", values: { reference: "AZ-KZ-2025-ENE-01", rows: "2, 4" } }] },
      { row: 4, reference: "AZ-KZ-2025-ENE-01", problems: [{ key: "import.errors.duplicateReference", values: { reference: "AZ-KZ-2025-ENE-01", rows: "2, 4" } }] },
    ]);
  });

  it("rejects unknown vocabulary values and bad cells with row, column and value", () => {
    const parsed = parseImportCsv(
      csv(
        { status: "Delayed", area: "space" },
        { reference: "az-kz-1", progress: "101", target_date: "30/06/2027" },
        { reference: "AZ-KZ-2025-ENE-03", title: "", instrument_type: "treaty" },
      ),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows).toEqual([]);
    const summary = parsed.rejected.map((r) => [r.row, r.problems.map((p) => [p.key, p.values?.column, p.values?.value])]);
    expect(summary).toEqual([
      [2, [["import.errors.unknownArea", "area", "space"], ["import.errors.unknownStatus", "status", "Delayed"]]],
      [3, [["import.errors.badReference", "reference", "az-kz-1"], ["import.errors.badProgress", "progress", "101"], ["import.errors.badDate", "target_date", "30/06/2027"]]],
      [4, [["import.errors.required", "title", ""], ["import.errors.unknownInstrument", "instrument_type", "treaty"]]],
    ]);
    expect(parsed.rejected[0].problems[1].values?.allowed).toContain("at_risk");
  });

  it("rejects a row with the wrong number of cells", () => {
    const parsed = parseImportCsv(`${HEADER}\nAZ-KZ-2025-ENE-01,title,energy`);
    expect(parsed.ok && parsed.rejected[0]).toEqual({ row: 2, reference: null, problems: [{ key: "import.errors.cellCount", values: { count: 3, expected: EXPORT_COLUMNS.length } }] });
  });
});
