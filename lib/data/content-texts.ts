import type { Prisma } from "../generated/prisma/client";
import { LOCALES, type Locale } from "../i18n/locales";
import { ownLanguageOf, textIn, type ShownText, type Translated } from "../i18n/content-text";

// Content in several languages as the pages read it: the record's original text and its rows in
// the other languages, shown in the reader's language (lib/i18n/content-text.ts says how).

type TextRows<F extends string> = readonly ({ locale: string; needsReview?: boolean } & Record<F, string>)[];
type AgreementTexts = { language: string; title: string; summary: string; texts: TextRows<"title" | "summary"> };
type ChallengeTexts = { language: string; name: string; description: string; texts: TextRows<"name" | "description"> };

/** An agreement's title and summary in every language it has. */
export const agreementTexts = (a: AgreementTexts): Translated<"title" | "summary"> => ({
  language: a.language,
  original: { title: a.title, summary: a.summary },
  texts: a.texts,
});

/** A challenge's name and description in every language it has. */
export const challengeTexts = (c: ChallengeTexts): Translated<"name" | "description"> => ({
  language: c.language,
  original: { name: c.name, description: c.description },
  texts: c.texts,
});

/** An agreement's title and summary in the reader's language, else its original's. */
export const agreementTextIn = (a: AgreementTexts, locale: Locale) => textIn(agreementTexts(a), locale, "title");

/** A challenge with its name and description in the reader's language (else its original's). */
export function challengeIn<C extends ChallengeTexts>(challenge: C, locale: Locale): C & { nameShownIn: Locale | null } {
  const shown = textIn(challengeTexts(challenge), locale, "name");
  return { ...challenge, name: shown.name, description: shown.description, nameShownIn: shown.fallback ? shown.shownIn : null };
}

/** What an agreement's title in any language needs (a short list per row: reports, lists). */
export const titleSelect = {
  title: true,
  language: true,
  texts: { select: { locale: true, title: true } },
} as const satisfies Prisma.AgreementSelect;
type TitleRow = Prisma.AgreementGetPayload<{ select: typeof titleSelect }>;

/** The agreement's title in the reader's language, else its original's, and which it is. */
export const titleShown = (agreement: TitleRow, locale: Locale): ShownText<"title"> =>
  textIn({ language: agreement.language, original: { title: agreement.title }, texts: agreement.texts }, locale, "title");

/** The agreement's title in the reader's language, else its original's. */
export const titleIn = (agreement: TitleRow, locale: Locale): string => titleShown(agreement, locale).title;

/** Column names of one copy per language: "shownTitle" → shownTitleEn, shownTitleRu, … */
type PerLocale<P extends string> = { [L in Locale]: `${P}${Capitalize<L>}` };
const perLocale = <P extends string>(prefix: P): PerLocale<P> =>
  Object.fromEntries(LOCALES.map((l) => [l, `${prefix}${l[0]!.toUpperCase()}${l.slice(1)}`])) as PerLocale<P>;
/** A value for each of the columns. */
const copies = <P extends string>(columns: PerLocale<P>, value: (locale: Locale) => string) =>
  Object.fromEntries(LOCALES.map((l) => [columns[l], value(l)])) as Record<PerLocale<P>[Locale], string>;

/** The Agreement column holding the title a reader of each language is shown: the table sorts by it. */
export const SHOWN_TITLE_COLUMN = perLocale("shownTitle") satisfies Record<Locale, keyof Prisma.AgreementOrderByWithRelationInput>;

/**
 * The four shown-title columns of an agreement, from its original title and its other languages'
 * rows: written with them, in the same transaction, wherever a title changes.
 */
export function shownTitleColumns(agreement: Pick<TitleRow, "title" | "language"> & { texts: readonly { locale: string; title: string }[] }) {
  const row: TitleRow = { title: agreement.title, language: agreement.language, texts: [...agreement.texts] };
  return copies(SHOWN_TITLE_COLUMN, (locale) => titleIn(row, locale));
}

/** What a challenge's name in any language needs. */
export const challengeNameSelect = {
  id: true,
  name: true,
  language: true,
  texts: { select: { locale: true, name: true } },
} as const satisfies Prisma.ChallengeSelect;

/** Challenges as { id, name } in the reader's language, else their original's. */
export function namedIn(challenges: readonly Prisma.ChallengeGetPayload<{ select: typeof challengeNameSelect }>[], locale: Locale) {
  return challenges.map((c) => ({
    id: c.id,
    name: textIn({ language: c.language, original: { name: c.name }, texts: c.texts }, locale, "name").name,
  }));
}

/** What a milestone's title in any language needs. */
export const milestoneTitleSelect = {
  title: true,
  language: true,
  texts: { select: { locale: true, title: true, needsReview: true } },
} as const satisfies Prisma.MilestoneSelect;
type MilestoneTitleRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneTitleSelect }>;

/** A milestone's title in the reader's language, else its original's, and which it is. */
export const milestoneTitleShown = (milestone: MilestoneTitleRow, locale: Locale): ShownText<"title"> =>
  textIn({ language: milestone.language, original: { title: milestone.title }, texts: milestone.texts }, locale, "title");

/** A milestone's title in the reader's language, else its original's. */
export const milestoneTitleIn = (milestone: MilestoneTitleRow, locale: Locale): string => milestoneTitleShown(milestone, locale).title;

type OrganizationNames = { name: string; shortName: string; country: string; texts: TextRows<"name" | "shortName"> };

/** An organization's name and short name in every language it has (English is the original). */
export const organizationTexts = (o: Pick<OrganizationNames, "name" | "shortName" | "texts">): Translated<"name" | "shortName"> => ({
  language: "en",
  original: { name: o.name, shortName: o.shortName },
  texts: o.texts,
});

/**
 * An organization named in the reader's language (else in English), and in its own language
 * (Azerbaijani, Kazakh) when that is another one and it has a name there: how ministries are
 * named beside a translation.
 */
export function organizationIn(o: OrganizationNames, locale: Locale): ShownText<"name" | "shortName"> & { own: { name: string; language: Locale } | null } {
  const shown = textIn(organizationTexts(o), locale, "name");
  const own = ownLanguageOf(o.country);
  const ownText = own && own !== shown.shownIn ? o.texts.find((t) => t.locale === own && t.name.trim() !== "") : undefined;
  return { ...shown, own: own && ownText ? { name: ownText.name, language: own } : null };
}

/** The Organization column holding the name a reader of each language is shown: the table sorts by lead with it. */
export const SHOWN_NAME_COLUMN = perLocale("shownName") satisfies Record<Locale, keyof Prisma.OrganizationOrderByWithRelationInput>;

/** The four shown-name columns of an organization, from its English name and its other languages' rows. */
export function shownNameColumns(o: Pick<OrganizationNames, "name" | "shortName" | "texts">) {
  return copies(SHOWN_NAME_COLUMN, (locale) => textIn(organizationTexts(o), locale, "name").name);
}

/** What an organization's name in any language needs. */
export const organizationNameSelect = {
  name: true,
  shortName: true,
  country: true,
  texts: { select: { locale: true, name: true, shortName: true } },
} as const satisfies Prisma.OrganizationSelect;
