import { EXPORT_COLUMNS, type ExportColumn } from "../domain/agreement-columns";
import { foldForSearch } from "../domain/search-folding";
import { MESSAGES } from "./catalog";
import { LOCALES, type Locale } from "./locales";

/** The header row of an export in the reader's language (reports.export.columns). */
export function exportHeaderLabels(locale: Locale): Record<ExportColumn, string> {
  return MESSAGES[locale].reports.export.columns;
}

// Spreadsheet users retype headers: case, spacing and Unicode form do not matter, and "ADI" is
// "Adı" (an Azerbaijani capital I has no dot) — the search's own folding does all of that.
const fold = foldForSearch;

const ALIASES: ReadonlyMap<string, ExportColumn> = new Map(
  EXPORT_COLUMNS.flatMap((column) => [
    [fold(column), column] as const,
    ...LOCALES.map((locale) => [fold(exportHeaderLabels(locale)[column]), column] as const),
  ]),
);

/**
 * The column a header cell names: the machine name, or its label in any of the four languages,
 * so a file exported in Kazakh imports on an English desk. Null for anything else.
 */
export function exportColumnOf(header: string): ExportColumn | null {
  return ALIASES.get(fold(header)) ?? null;
}
