import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/**
 * Content written in several languages: an agreement's title and summary, a challenge's name and
 * description. The record keeps its text in the language it was written in (`language`); the other
 * languages are rows beside it, each with every field of the text.
 */
export type Translated<F extends string> = {
  language: string;
  original: Record<F, string>;
  texts: readonly ({ locale: string; needsReview?: boolean } & Record<NoInfer<F>, string>)[];
};

/** What a page shows in a language: the text, the language it is in, and whether it is a fallback. */
export type ShownText<F extends string> = Record<F, string> & {
  /** The language of the text shown. */
  shownIn: Locale;
  /** The reader's language had no text (the page says in which language it is shown instead). */
  fallback: boolean;
  /** The text shown is a draft the translation review still lists. */
  needsReview: boolean;
};

/** The record's original language (an unknown code in the database counts as English). */
export const originalLanguage = (language: string): Locale => (isLocale(language) ? language : DEFAULT_LOCALE);

/**
 * The text in the reader's language, else in the record's original language, else in English: the
 * first of these that has the leading field (a title, a name). One language is shown whole, never
 * a title from one and a summary from another.
 */
export function textIn<F extends string>(record: Translated<F>, locale: Locale, lead: NoInfer<F>): ShownText<F> {
  const language = originalLanguage(record.language);
  const candidates: { locale: Locale; fields: Record<F, string>; needsReview: boolean }[] = [];
  const add = (wanted: Locale) => {
    if (wanted === language) candidates.push({ locale: wanted, fields: record.original, needsReview: false });
    const row = record.texts.find((t) => t.locale === wanted);
    if (row) candidates.push({ locale: wanted, fields: row, needsReview: row.needsReview ?? false });
  };
  add(locale);
  add(language);
  add(DEFAULT_LOCALE);
  const found = candidates.find((c) => c.fields[lead].trim() !== "") ?? { locale: language, fields: record.original, needsReview: false };
  const fields = Object.fromEntries(Object.keys(record.original).map((key) => [key, found.fields[key as F]])) as Record<F, string>;
  return { ...fields, shownIn: found.locale, fallback: found.locale !== locale, needsReview: found.needsReview };
}

/** Every language's text of a record, the original included, keyed by language (for search and forms). */
function allTexts<F extends string>(record: Translated<F>): Partial<Record<Locale, Record<F, string>>> {
  const out: Partial<Record<Locale, Record<F, string>>> = {};
  for (const row of record.texts) if (isLocale(row.locale)) out[row.locale] = row;
  out[originalLanguage(record.language)] = record.original;
  return out;
}

type TextRow<F extends string> = { locale: string; needsReview: boolean } & Record<F, string>;

/** What saving a record's other languages does: rows to write or drop, and the audit's changes. */
export type TextsPlan<F extends string> = {
  write: ({ locale: Locale; needsReview: boolean } & Record<F, string>)[];
  remove: Locale[];
  /** Changed fields keyed "field.language" (title.kk), as the audit event records them. */
  before: Record<string, string>;
  after: Record<string, string>;
};

/**
 * Plans a save of the other languages of a record written in `language`: a language with its
 * leading field is written (a changed text is no longer a draft; an unchanged one keeps its review
 * flag), one left empty is dropped, and the original language never has a row of its own (its
 * text is the record's). The audit names each changed field with its language.
 */
export function plannedTexts<F extends string>(
  language: Locale,
  fields: readonly F[],
  lead: F,
  existing: readonly TextRow<F>[],
  wanted: Partial<Record<Locale, Partial<Record<F, string>>>>,
): TextsPlan<F> {
  const plan: TextsPlan<F> = { write: [], remove: [], before: {}, after: {} };
  for (const locale of LOCALES) {
    const had = existing.find((row) => row.locale === locale);
    const entry = wanted[locale];
    const want = locale !== language && entry && (entry[lead] ?? "") !== ""
      ? (Object.fromEntries(fields.map((f) => [f, entry[f] ?? ""])) as Record<F, string>)
      : null;
    if (!want) {
      if (had) plan.remove.push(locale);
      if (had && locale !== language) {
        for (const f of fields.filter((field) => had[field] !== "")) {
          plan.before[`${f}.${locale}`] = had[f];
          plan.after[`${f}.${locale}`] = "";
        }
      }
      continue;
    }
    const changed = fields.filter((f) => (had?.[f] ?? "") !== want[f]);
    if (changed.length === 0) continue;
    plan.write.push({ ...want, locale, needsReview: false });
    for (const f of changed) {
      plan.before[`${f}.${locale}`] = had?.[f] ?? "";
      plan.after[`${f}.${locale}`] = want[f];
    }
  }
  return plan;
}

/** Every language's text of a record (none: a new one), empty where it has none: a form's values. */
export function textsForForm<F extends string>(record: Translated<F> | null, fields: readonly F[]): Record<Locale, Record<F, string>> {
  const known = record ? allTexts(record) : {};
  const empty = () => Object.fromEntries(fields.map((f) => [f, ""])) as Record<F, string>;
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const text = known[locale];
      return [locale, text ? (Object.fromEntries(fields.map((f) => [f, text[f]])) as Record<F, string>) : empty()];
    }),
  ) as Record<Locale, Record<F, string>>;
}

/** An organization's own language: Azerbaijani for Azerbaijan's, Kazakh for Kazakhstan's, else none. */
export const ownLanguageOf = (country: string): Locale | null => (country === "AZ" ? "az" : country === "KZ" ? "kk" : null);
