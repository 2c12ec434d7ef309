import "server-only";
import { prisma } from "../db";
import { ActionError } from "../errors";
import type { Tx } from "../prisma-client";
import { agreementCopies, agreementCopySources } from "./agreement-copies";
import type { AgreementTextReview, ChallengeTextReview, ContentView, OrganizationTextReview, ReviewedLocale } from "../validations/translations";
import { refreshCopiesOfOrganizationNames } from "./organization-name-copies";
import { recordAudit } from "./audit";
import { BY_CHALLENGE_ORDER } from "./challenge-order";
import { originalLanguage } from "../i18n/content-text";
import type { Locale } from "../i18n/locales";

export const CONTENT_PAGE_SIZE = 25;

/** One translation of content in the review: the text in the language, the original beside it. */
export type ContentEntry = {
  kind: "agreement" | "challenge" | "organization";
  id: string;
  /** The agreement's reference, or the challenge's or organization's name in its original language. */
  label: string;
  originalLanguage: Locale;
  original: [string, string];
  text: [string, string];
  needsReview: boolean;
  note: string;
  updatedAt: string;
};

/**
 * The content translations of one language for the review: the challenges' and organizations'
 * first (a handful each), then the agreements', by reference, a page at a time. `review` lists
 * those flagged as drafts.
 */
export async function contentReview(locale: ReviewedLocale, view: ContentView, page: number) {
  const flagged = view === "review" ? { needsReview: true } : {};
  const [challengeTexts, organizationTexts, agreementsFlagged, challengesFlagged, agreementsAll, challengesAll] = await Promise.all([
    prisma.challengeText.findMany({ where: { locale, ...flagged }, include: { challenge: true }, orderBy: BY_CHALLENGE_ORDER }),
    prisma.organizationText.findMany({
      where: { locale, ...flagged },
      include: { organization: { select: { name: true, shortName: true } } },
      orderBy: { organization: { name: "asc" } },
    }),
    prisma.agreementText.count({ where: { locale, needsReview: true } }),
    prisma.challengeText.count({ where: { locale, needsReview: true } }),
    prisma.agreementText.count({ where: { locale } }),
    prisma.challengeText.count({ where: { locale } }),
  ]);
  // The organizations' count: those listed (all of the view) and, for the other view, a count.
  const organizationsFlagged = view === "review" ? organizationTexts.length : organizationTexts.filter((t) => t.needsReview).length;
  const organizationsAll = view === "all" ? organizationTexts.length : await prisma.organizationText.count({ where: { locale } });
  const agreementCount = view === "review" ? agreementsFlagged : agreementsAll;
  const pages = Math.max(1, Math.ceil(agreementCount / CONTENT_PAGE_SIZE));
  const current = Math.min(page, pages);
  const agreementTexts = await prisma.agreementText.findMany({
    where: { locale, ...flagged },
    include: { agreement: { select: { reference: true, title: true, summary: true, language: true } } },
    orderBy: { agreement: { reference: "asc" } },
    skip: (current - 1) * CONTENT_PAGE_SIZE,
    take: CONTENT_PAGE_SIZE,
  });
  const row = (t: { needsReview: boolean; note: string; updatedAt: Date }) => ({ needsReview: t.needsReview, note: t.note, updatedAt: t.updatedAt.toISOString() });
  const entries: ContentEntry[] = [
    ...(current === 1 ? challengeTexts : []).map(({ challenge: c, ...t }) => ({
      kind: "challenge" as const,
      id: t.challengeId,
      label: c.name,
      originalLanguage: originalLanguage(c.language),
      original: [c.name, c.description] as [string, string],
      text: [t.name, t.description] as [string, string],
      ...row(t),
    })),
    ...(current === 1 ? organizationTexts : []).map(({ organization: o, ...t }) => ({
      kind: "organization" as const,
      id: t.organizationId,
      label: o.name,
      originalLanguage: "en" as const,
      original: [o.name, o.shortName] as [string, string],
      text: [t.name, t.shortName] as [string, string],
      ...row(t),
    })),
    ...agreementTexts.map(({ agreement: a, ...t }) => ({
      kind: "agreement" as const,
      id: t.agreementId,
      label: a.reference,
      originalLanguage: originalLanguage(a.language),
      original: [a.title, a.summary] as [string, string],
      text: [t.title, t.summary] as [string, string],
      ...row(t),
    })),
  ];
  return {
    entries,
    page: current,
    pages,
    counts: {
      review: agreementsFlagged + challengesFlagged + organizationsFlagged,
      all: agreementsAll + challengesAll + organizationsAll,
    },
  };
}

const stale = () => new ActionError("translations.content.stale", 409);
const reviewView = (locale: string, fields: Record<string, string>, needsReview: boolean) => ({
  ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [`${key}.${locale}`, value])),
  [`needsReview.${locale}`]: needsReview,
});

/**
 * A reviewer corrects or confirms an agreement's text in one language: the row is written only if
 * it is still as the reviewer saw it, the agreement's search columns follow and its version moves
 * (an edit form open on the old text is refused, not allowed to overwrite), audited with the change.
 */
export async function reviewAgreementText(actor: { id: string }, input: AgreementTextReview) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.agreementText.findUnique({ where: { agreementId_locale: { agreementId: input.id, locale: input.locale } } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const data = { title: input.title, summary: input.summary, needsReview: input.needsReview, note: input.needsReview ? input.note : "" };
    const { count } = await tx.agreementText.updateMany({ where: { agreementId: input.id, locale: input.locale, updatedAt: new Date(input.updatedAt) }, data });
    if (count !== 1) throw stale();
    await refreshSearch(tx, input.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agreement.translate",
      entityType: "agreement",
      entityId: input.id,
      agreementId: input.id,
      before: reviewView(input.locale, { title: before.title, summary: before.summary }, before.needsReview),
      after: reviewView(input.locale, { title: data.title, summary: data.summary }, data.needsReview),
    });
  });
}

/** The agreement's search and shown-title columns from every language's text, and a new version. */
async function refreshSearch(tx: Tx, agreementId: string) {
  const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: agreementId }, select: agreementCopySources });
  await tx.agreement.update({ where: { id: agreementId }, data: { ...agreementCopies(agreement), version: { increment: 1 } } });
}

/** A reviewer corrects or confirms a challenge's name and description in one language (as above). */
export async function reviewChallengeText(actor: { id: string }, input: ChallengeTextReview) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.challengeText.findUnique({ where: { challengeId_locale: { challengeId: input.id, locale: input.locale } } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const data = { name: input.name, description: input.description, needsReview: input.needsReview, note: input.needsReview ? input.note : "" };
    const { count } = await tx.challengeText.updateMany({ where: { challengeId: input.id, locale: input.locale, updatedAt: new Date(input.updatedAt) }, data });
    if (count !== 1) throw stale();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "challenge.translate",
      entityType: "challenge",
      entityId: input.id,
      before: reviewView(input.locale, { name: before.name, description: before.description }, before.needsReview),
      after: reviewView(input.locale, { name: data.name, description: data.description }, data.needsReview),
    });
  });
}

/**
 * A reviewer corrects or confirms an organization's names in one language (as above); the search
 * of every agreement it takes part in follows in the same transaction.
 */
export async function reviewOrganizationText(actor: { id: string }, input: OrganizationTextReview) {
  return prisma.$transaction(async (tx) => {
    const where = { organizationId_locale: { organizationId: input.id, locale: input.locale } };
    const before = await tx.organizationText.findUnique({ where });
    if (!before) throw new ActionError("errors.notFound", 404);
    const data = { name: input.name, shortName: input.shortName, needsReview: input.needsReview, note: input.needsReview ? input.note : "" };
    const { count } = await tx.organizationText.updateMany({ where: { organizationId: input.id, locale: input.locale, updatedAt: new Date(input.updatedAt) }, data });
    if (count !== 1) throw stale();
    await refreshCopiesOfOrganizationNames(tx, input.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "organization.translate",
      entityType: "organization",
      entityId: input.id,
      before: reviewView(input.locale, { name: before.name, shortName: before.shortName }, before.needsReview),
      after: reviewView(input.locale, { name: data.name, shortName: data.shortName }, data.needsReview),
    });
  });
}
