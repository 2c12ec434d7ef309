/** Screens, CSV and XLSX show ISO days (YYYY-MM-DD): unambiguous for both sides and every language. */
export function formatDay(value: Date | string | null | undefined): string {
  return asDate(value)?.toISOString().slice(0, 10) ?? "";
}

export function formatDateTime(value: Date | string | null | undefined): string {
  const d = asDate(value);
  return d ? `${d.toISOString().slice(0, 16).replace("T", " ")} UTC` : "";
}

/** A valid Date from a Date or a date string; null for nothing or an invalid date. */
function asDate(value: Date | string | null | undefined): Date | null {
  if (!value) return null;
  const d = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

// Documents (the PDFs) are read, printed and filed by people: their dates and numbers are written
// the way the reader's language writes them ("31 Mar 2026", "31.03.2026", "1 234,5"). Screens,
// CSV and XLSX keep ISO days, which sort and re-import.

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
/** English as an international document writes it: day, month, year ("31 Mar 2026"), never 03/31. */
const documentLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** A day in a table of a document: "31 Mar 2026" in English, "31.03.2026" in ru, az and kk. */
export function formatDocumentDay(value: Date | string | null | undefined, locale: string): string {
  const d = asDate(value);
  if (!d) return "";
  const options: Intl.DateTimeFormatOptions =
    locale === "en" ? { dateStyle: "medium", timeZone: "UTC" } : { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" };
  return cached(`day:${locale}`, () => new Intl.DateTimeFormat(documentLocale(locale), options)).format(d);
}

/** A day in a heading or a sentence: "31 March 2026", "31 марта 2026 г.", "31 mart 2026", "2026 ж. 31 наурыз". */
export function formatDocumentLongDay(value: Date | string | null | undefined, locale: string): string {
  const d = asDate(value);
  if (!d) return "";
  return cached(`long:${locale}`, () => new Intl.DateTimeFormat(documentLocale(locale), { dateStyle: "long", timeZone: "UTC" })).format(d);
}

/** A moment: the long day and the UTC time ("31 March 2026, 14:05 UTC"). */
export function formatDocumentDateTime(value: Date | string | null | undefined, locale: string): string {
  const d = asDate(value);
  return d ? `${formatDocumentLongDay(d, locale)}, ${d.toISOString().slice(11, 16)} UTC` : "";
}

/** A number with at most `digits` decimals, grouped and with the language's decimal sign. */
function formatDocumentNumber(value: number, locale: string, digits = 1): string {
  return cached(`n:${locale}:${digits}`, () => new Intl.NumberFormat(documentLocale(locale), { maximumFractionDigits: digits })).format(value);
}

/** A file's size in a document: "1,5 MB", "820 kB" (at least 0.1 kB). */
export function formatDocumentSize(bytes: number, locale: string): string {
  return bytes >= 1_000_000
    ? `${formatDocumentNumber(bytes / 1_000_000, locale)} MB`
    : `${formatDocumentNumber(Math.max(0.1, bytes / 1000), locale)} kB`;
}
