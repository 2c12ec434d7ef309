import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { textIn } from "../i18n/content-text";

/** What an agreement's title in any language needs (a short list per row: reports, lists). */
export const titleSelect = {
  title: true,
  language: true,
  texts: { select: { locale: true, title: true, needsReview: true } },
} as const satisfies Prisma.AgreementSelect;

/** The agreement's title in the reader's language, else its original's. */
export function titleIn(agreement: Prisma.AgreementGetPayload<{ select: typeof titleSelect }>, locale: Locale): string {
  return textIn({ language: agreement.language, original: { title: agreement.title }, texts: agreement.texts }, locale, "title").title;
}

/** What a challenge's name in any language needs. */
export const challengeNameSelect = {
  id: true,
  name: true,
  language: true,
  texts: { select: { locale: true, name: true, needsReview: true } },
} as const satisfies Prisma.ChallengeSelect;

/** Challenges as { id, name } in the reader's language, else their original's. */
export function namedIn(challenges: readonly Prisma.ChallengeGetPayload<{ select: typeof challengeNameSelect }>[], locale: Locale) {
  return challenges.map((c) => ({
    id: c.id,
    name: textIn({ language: c.language, original: { name: c.name }, texts: c.texts }, locale, "name").name,
  }));
}
