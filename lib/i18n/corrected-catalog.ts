import { MESSAGES, type Messages } from "./catalog";
import type { Locale } from "./locales";
import { flattenMessages, withMessages } from "./message-shape";

const CATALOG = Object.fromEntries(Object.entries(MESSAGES).map(([l, m]) => [l, flattenMessages(m)])) as Record<Locale, Map<string, string>>;

/** The language's messages as its catalog holds them ("a.b.c" → text). */
export const catalogMessages = (locale: Locale): ReadonlyMap<string, string> => CATALOG[locale];

/**
 * The language's catalog with administrators' corrections from the in-app translation review
 * (MessageTranslation rows) applied: what pages, e-mails and reports say.
 */
export function correctedCatalog(locale: Locale, rows: readonly { key: string; text: string }[]): Messages {
  const corrected = new Map(rows.filter((r) => r.text !== CATALOG[locale].get(r.key)).map((r) => [r.key, r.text]));
  return withMessages(MESSAGES[locale], corrected);
}
