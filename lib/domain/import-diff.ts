import { formatDay } from "../format";
import { IMPORT_FIELDS, PARTY_SEPARATOR, type ImportField } from "./agreement-columns";

export type FieldValues = Record<ImportField, string>;

export type FieldChange = { field: ImportField; before: string; after: string };
export type PlannedCreate = { row: number; reference: string; values: FieldValues };
export type PlannedUpdate = { row: number; reference: string; id: string; version: number; changes: FieldChange[] };

/** Parties always include the lead (as in the seed); compared and shown as a sorted list. */
function partyList(names: readonly string[]): string {
  return [...new Set(names)].sort((a, b) => a.localeCompare(b)).join(PARTY_SEPARATOR);
}

/** A file row as lib/validations/import.ts parses it (ImportRow), as far as the diff reads it. */
export type ParsedImportRow = {
  title: string;
  area: string;
  instrument_type: string;
  status: string;
  progress: number;
  signed_date: string | null;
  target_date: string | null;
  lead_organization: string;
  parties: readonly string[];
  summary: string;
};

export function rowValues(row: ParsedImportRow): FieldValues {
  return {
    title: row.title,
    area: row.area,
    instrument_type: row.instrument_type,
    status: row.status,
    progress: String(row.progress),
    signed_date: row.signed_date ?? "",
    target_date: row.target_date ?? "",
    lead_organization: row.lead_organization,
    parties: partyList([row.lead_organization, ...row.parties]),
    summary: row.summary,
  };
}

/** An agreement's current values in the same text form as a file row. */
export function currentValues(a: {
  title: string;
  area: string;
  instrumentType: string;
  status: string;
  progress: number;
  signedDate: Date | null;
  targetDate: Date | null;
  summary: string;
  lead: string;
  parties: readonly string[];
}): FieldValues {
  return {
    title: a.title,
    area: a.area,
    instrument_type: a.instrumentType,
    status: a.status,
    progress: String(a.progress),
    signed_date: formatDay(a.signedDate),
    target_date: formatDay(a.targetDate),
    lead_organization: a.lead,
    parties: partyList(a.parties),
    summary: a.summary,
  };
}

/** The fields that differ, in IMPORT_FIELDS order, old → new. */
export function diffFields(before: FieldValues, after: FieldValues): FieldChange[] {
  return IMPORT_FIELDS.filter((f) => before[f] !== after[f]).map((field) => ({ field, before: before[field], after: after[field] }));
}
