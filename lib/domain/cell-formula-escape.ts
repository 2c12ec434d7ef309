/**
 * Spreadsheet formula injection: Excel, LibreOffice and Google Sheets treat a cell whose text
 * starts with one of these characters as a formula (or, for tab / carriage return, strip the
 * character and then may do so). Agreement titles and notes are typed by many people, so every
 * text cell of an export goes through here. Numbers and dates are written as typed values and
 * never reach this function.
 */
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

/**
 * Text that import would read as sanitized: a trigger, after any number of apostrophes. Text
 * that itself begins with apostrophes before a trigger ("'=x" typed by a person) gets one more
 * apostrophe too, or importing the export would take the person's apostrophe away.
 */
function startsLikeFormula(text: string): boolean {
  let i = 0;
  while (text[i] === "'") i++;
  return FORMULA_TRIGGERS.some((c) => text.startsWith(c, i));
}

/** A leading apostrophe makes spreadsheets show the text as text; it is not displayed. */
export function sanitizeCell(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * The inverse, for import: a file exported by Accord and imported back must not grow an
 * apostrophe on every round trip. Only an apostrophe that sanitizeCell could have added is removed.
 */
export function unsanitizeCell(text: string): string {
  return text.startsWith("'") && startsLikeFormula(text) ? text.slice(1) : text;
}
