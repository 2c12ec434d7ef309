/**
 * Spreadsheet formula injection: Excel, LibreOffice and Google Sheets treat a cell whose text
 * starts with one of these characters as a formula (or, for tab / carriage return, strip the
 * character and then may do so). Agreement titles and notes are typed by many people, so every
 * text cell of an export goes through here. Numbers and dates are written as typed values and
 * never reach this function.
 */
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

/** A leading apostrophe makes spreadsheets show the text as text; it is not displayed. */
export function sanitizeCell(text: string): string {
  return FORMULA_TRIGGERS.some((c) => text.startsWith(c)) ? `'${text}` : text;
}

/**
 * The inverse, for import: a file exported by Accord and imported back must not grow an
 * apostrophe on every round trip. Only an apostrophe that sanitizeCell could have added is removed.
 */
export function unsanitizeCell(text: string): string {
  return text.startsWith("'") && FORMULA_TRIGGERS.some((c) => text.startsWith(c, 1)) ? text.slice(1) : text;
}
