/**
 * The columns of the agreements export, in order. They are also the import format: a CSV exported
 * from Accord can be edited and imported back (lib/validations/import.ts).
 *
 * Format notes (for people editing the file):
 * - area, instrument_type, status and worst_severity hold machine values (e.g. "at_risk",
 *   "transport", "memorandum", "high"), not the English labels, so that they round-trip through
 *   import in any interface language. The values are listed in lib/domain/vocabulary.ts.
 * - Dates are YYYY-MM-DD (UTC). progress is a whole number 0-100.
 * - lead_organization and parties hold organization names exactly as in Accord; parties are
 *   separated by "; " and include the lead.
 * - worst_severity, next_milestone_due, last_update_at, last_update_by and latest_note are
 *   computed from the history: import reads them but ignores their values.
 * - Text that starts with = + - @, a tab or a carriage return is written with a leading
 *   apostrophe (see cell-formula-escape.ts); import removes it again.
 */
export const EXPORT_COLUMNS = [
  "reference",
  "title",
  "area",
  "instrument_type",
  "status",
  "progress",
  "signed_date",
  "target_date",
  "lead_organization",
  "parties",
  "summary",
  "worst_severity",
  "next_milestone_due",
  "last_update_at",
  "last_update_by",
  "latest_note",
  // The responsible people of the open milestones, by name ("; "-separated).
  "milestone_owners",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** A header row of the machine names themselves, for scripts that read the export. */
export const MACHINE_HEADER = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, c])) as Record<ExportColumn, string>;

/** Columns whose values import ignores (they are derived from history and milestones). */
const DERIVED = ["worst_severity", "next_milestone_due", "last_update_at", "last_update_by", "latest_note", "milestone_owners"] as const;
/** Derived columns added after files were already exported: an import does not require them. */
export const OPTIONAL_ON_IMPORT: readonly ExportColumn[] = ["milestone_owners"];
export const DERIVED_COLUMNS: readonly ExportColumn[] = DERIVED;

/** The fields an import compares and writes: every column but the key and the derived ones. */
export type ImportField = Exclude<ExportColumn, "reference" | (typeof DERIVED)[number]>;
export const IMPORT_FIELDS = EXPORT_COLUMNS.filter((c): c is ImportField => c !== "reference" && !DERIVED_COLUMNS.includes(c));

export const PARTY_SEPARATOR = "; ";

/** One agreement as exported: values typed, so XLSX can write numbers and dates as such. */
export type ExportRow = {
  reference: string;
  title: string;
  area: string;
  instrumentType: string;
  status: string;
  progress: number;
  signedDate: Date | null;
  targetDate: Date | null;
  leadOrganization: string;
  parties: readonly string[];
  summary: string;
  worstSeverity: string;
  nextMilestoneDue: Date | null;
  lastUpdateAt: Date | null;
  lastUpdateBy: string | null;
  latestNote: string;
  milestoneOwners: readonly string[];
};

export type CellValue = string | number | Date | null;

/** The row's cells in EXPORT_COLUMNS order, still typed (no sanitizing here). */
export function exportCells(row: ExportRow): Record<ExportColumn, CellValue> {
  return {
    reference: row.reference,
    title: row.title,
    area: row.area,
    instrument_type: row.instrumentType,
    status: row.status,
    progress: row.progress,
    signed_date: row.signedDate,
    target_date: row.targetDate,
    lead_organization: row.leadOrganization,
    parties: row.parties.join(PARTY_SEPARATOR),
    summary: row.summary,
    worst_severity: row.worstSeverity,
    next_milestone_due: row.nextMilestoneDue,
    last_update_at: row.lastUpdateAt,
    last_update_by: row.lastUpdateBy,
    latest_note: row.latestNote,
    milestone_owners: row.milestoneOwners.join(PARTY_SEPARATOR),
  };
}
