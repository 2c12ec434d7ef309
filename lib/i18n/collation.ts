import type { Locale } from "./locales";

// Names shown in a reader's language sort the way that language sorts: CLDR's collation for it,
// from the ICU data Node ships (Azerbaijani ç after c and ı before i, Kazakh і after ы). Short
// lists (organizations, parties) are sorted here after their names are put in the reader's
// language; the database could only sort them by their original (English) names. The table's
// titles, thousands of rows, sort in the database instead (lib/data/agreement-where.ts).

const collators = new Map<Locale, Intl.Collator>();

/** A comparator of two names in the reader's language. */
export function nameOrder(locale: Locale): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { usage: "sort" });
    collators.set(locale, collator);
  }
  return collator.compare;
}

/** A copy of rows sorted by a name in the reader's language (stable for equal names). */
export function sortedByName<T>(rows: readonly T[], locale: Locale, name: (row: T) => string): T[] {
  const compare = nameOrder(locale);
  return [...rows].sort((a, b) => compare(name(a), name(b)));
}
