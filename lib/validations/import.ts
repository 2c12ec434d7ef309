import Papa from "papaparse";
import { z } from "zod";
import { AGREEMENT_STATUSES, AREAS, INSTRUMENT_TYPES } from "../domain/vocabulary";
import { DERIVED_COLUMNS, EXPORT_COLUMNS, OPTIONAL_ON_IMPORT, type ExportColumn } from "../domain/agreement-columns";
import { exportColumnOf } from "../i18n/export-headers";
import { unsanitizeCell } from "../domain/cell-formula-escape";

/** The import reads the export's CSV format (lib/domain/agreement-columns.ts). */
import { IMPORT_MAX_BYTES, REFERENCE_MAX, REFERENCE_PATTERN } from "../domain/limits";

/** A problem as a catalog key and its values, so the interface can say it in any language. */
export type ImportProblem = { key: string; values?: Record<string, string | number> };
export type RowRejection = { row: number; reference: string | null; problems: ImportProblem[] };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => isoDay.test(s) && new Date(`${s}T00:00:00.000Z`).toISOString().startsWith(s);

/** One data row of the file, strict: every value checked, nothing coerced silently. */
export const importRowSchema = z.object({
  reference: z.string().max(REFERENCE_MAX).regex(REFERENCE_PATTERN),
  title: z.string().min(1).max(300),
  area: z.enum(AREAS),
  instrument_type: z.enum(INSTRUMENT_TYPES),
  status: z.enum(AGREEMENT_STATUSES),
  progress: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(0).max(100)),
  signed_date: z.union([z.literal(""), z.string().refine(validDay)]).transform((s) => s || null),
  target_date: z.union([z.literal(""), z.string().refine(validDay)]).transform((s) => s || null),
  lead_organization: z.string().min(1).max(300),
  parties: z
    .string()
    .max(5000)
    .transform((s) => [...new Set(s.split(";").map((p) => p.trim()).filter(Boolean))]),
  summary: z.string().max(5000),
});
export type ImportRow = z.infer<typeof importRowSchema> & { row: number };

/** The catalog key that explains a bad value in a column. */
const COLUMN_PROBLEM: Partial<Record<ExportColumn, string>> = {
  reference: "import.errors.badReference",
  title: "import.errors.badTitle",
  area: "import.errors.unknownArea",
  instrument_type: "import.errors.unknownInstrument",
  status: "import.errors.unknownStatus",
  progress: "import.errors.badProgress",
  signed_date: "import.errors.badDate",
  target_date: "import.errors.badDate",
  lead_organization: "import.errors.required",
  summary: "import.errors.tooLong",
  parties: "import.errors.tooLong",
};

const ALLOWED: Partial<Record<ExportColumn, readonly string[]>> = {
  area: AREAS,
  instrument_type: INSTRUMENT_TYPES,
  status: AGREEMENT_STATUSES,
};

export type DecodedFile = { ok: true; text: string } | { ok: false; problem: ImportProblem };

/**
 * Bytes to text, refusing what is not a UTF-8 text file: a NUL byte means a binary file (a real
 * XLSX, a PDF...), and invalid UTF-8 means another encoding (Excel's plain "CSV" is Windows-1251
 * or -1252), which would silently corrupt Cyrillic and Azerbaijani letters.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    return { ok: false, problem: { key: "import.errors.tooLarge", values: { max: "2 MB" } } };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: { key: "import.errors.empty" } };
  if (bytes.includes(0)) return { ok: false, problem: { key: "import.errors.binary" } };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, problem: { key: "import.errors.notUtf8" } };
  }
}

export type ParsedImport =
  | { ok: true; rows: ImportRow[]; rejected: RowRejection[] }
  | { ok: false; problems: ImportProblem[] };

/** The file's text to checked rows and per-row rejections; file-level problems stop everything. */
export function parseImportCsv(text: string): ParsedImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ",", skipEmptyLines: "greedy" });
  const [header, ...records] = parsed.data;
  if (!header) return { ok: false, problems: [{ key: "import.errors.empty" }] };
  const headerProblems = checkHeader(header);
  if (headerProblems.length) return { ok: false, problems: headerProblems };
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) {
    return { ok: false, problems: [{ key: "import.errors.quotes", values: { row: (quoteError.row ?? 0) + 1 } }] };
  }
  if (records.length === 0) return { ok: false, problems: [{ key: "import.errors.noRows" }] };

  const columns = columnNames(header);
  const rows: ImportRow[] = [];
  const rejected: RowRejection[] = [];
  records.forEach((record, index) => {
    const row = index + 2; // spreadsheet row: the header is row 1
    if (record.length !== columns.length) {
      rejected.push({
        row,
        reference: null,
        problems: [{ key: "import.errors.cellCount", values: { count: record.length, expected: columns.length } }],
      });
      return;
    }
    const raw = Object.fromEntries(columns.map((c, i) => [c, unsanitizeCell(record[i].trim())])) as Record<ExportColumn, string>;
    const result = importRowSchema.safeParse(raw);
    if (result.success) rows.push({ ...result.data, row });
    else rejected.push({ row, reference: raw.reference || null, problems: rowProblems(result.error, raw) });
  });
  const repeated = duplicateReferences(rows);
  const repeatedRows = new Set(repeated.map((r) => r.row));
  return {
    ok: true,
    rows: rows.filter((r) => !repeatedRows.has(r.row)),
    rejected: [...rejected, ...repeated].sort((a, b) => a.row - b.row),
  };
}

/** Header cells as machine column names: an export's header in any language counts as its column. */
const columnNames = (header: readonly string[]) => header.map((h) => exportColumnOf(h) ?? h.trim());

function checkHeader(header: readonly string[]): ImportProblem[] {
  const names = columnNames(header);
  if (names.length === 1) {
    const delimiter = names[0].includes(";") ? ";" : names[0].includes("\t") ? "tab" : null;
    if (delimiter) return [{ key: "import.errors.wrongDelimiter", values: { delimiter } }];
  }
  const problems: ImportProblem[] = [];
  const missing = EXPORT_COLUMNS.filter((c) => !names.includes(c) && !OPTIONAL_ON_IMPORT.includes(c));
  const extra = names.filter((n) => !(EXPORT_COLUMNS as readonly string[]).includes(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (missing.length) problems.push({ key: "import.errors.missingColumns", values: { columns: missing.join(", ") } });
  if (extra.length) problems.push({ key: "import.errors.extraColumns", values: { columns: extra.map((c) => c || '""').join(", ") } });
  if (repeated.length) problems.push({ key: "import.errors.repeatedColumns", values: { columns: [...new Set(repeated)].join(", ") } });
  return problems;
}

function rowProblems(error: z.ZodError, raw: Record<ExportColumn, string>): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const issue of error.issues) {
    const column = String(issue.path[0]) as ExportColumn;
    if (seen.has(column) || DERIVED_COLUMNS.includes(column)) continue;
    seen.add(column);
    const value = raw[column] ?? "";
    const key = value === "" && column !== "summary" ? "import.errors.required" : (COLUMN_PROBLEM[column] ?? "import.errors.badValue");
    problems.push({
      key,
      values: { column, value: value.length > 80 ? `${value.slice(0, 80)}…` : value, allowed: (ALLOWED[column] ?? []).join(", ") },
    });
  }
  return problems;
}

/** Every row of a reference that appears more than once is rejected: which one wins is a guess. */
function duplicateReferences(rows: readonly ImportRow[]): RowRejection[] {
  const byReference = new Map<string, number[]>();
  for (const r of rows) byReference.set(r.reference, [...(byReference.get(r.reference) ?? []), r.row]);
  return [...byReference].flatMap(([reference, at]) =>
    at.length < 2
      ? []
      : at.map((row) => ({
          row,
          reference,
          problems: [{ key: "import.errors.duplicateReference", values: { reference, rows: at.join(", ") } }],
        })),
  );
}
