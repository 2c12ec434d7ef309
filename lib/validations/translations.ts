import { z } from "zod";
import { CATALOG_FILE_NAMES } from "../i18n/catalog";
import { entityId } from "./common";
import { AGREEMENT_SUMMARY_MAX, AGREEMENT_TITLE_MAX } from "./agreement";
import { CHALLENGE_DESCRIPTION_MAX, CHALLENGE_NAME_MAX } from "./challenge";
import { ORGANIZATION_NAME_MAX, ORGANIZATION_SHORT_NAME_MAX } from "./organization";

/** The languages the review corrects: English is the source every translation follows. */
export const REVIEWED_LOCALES = ["az", "kk", "ru"] as const;
export type ReviewedLocale = (typeof REVIEWED_LOCALES)[number];
/** Which messages the review page lists. */
export const REVIEW_VIEWS = ["review", "corrected", "all"] as const;
export type ReviewView = (typeof REVIEW_VIEWS)[number];
export const TRANSLATION_MAX = 2000;
export const TRANSLATION_NOTE_MAX = 500;

export const translationSaveSchema = z.object({
  locale: z.enum(REVIEWED_LOCALES, { message: "translations.errors.locale" }),
  key: z.string().min(1).max(200).regex(/^[A-Za-z0-9_.-]+$/, { message: "translations.unknownKey" }),
  text: z.string().trim().min(1, { message: "validation.required" }).max(TRANSLATION_MAX, { message: "validation.tooLong" }),
  needsReview: z.boolean(),
  note: z.string().trim().max(TRANSLATION_NOTE_MAX, { message: "validation.tooLong" }).default(""),
  version: z.number().int().min(0),
});
export type TranslationSaveInput = z.infer<typeof translationSaveSchema>;

/** The review page's address: language, which messages, a search and the page; junk falls back. */
export const translationPageQuerySchema = z.object({
  locale: z.enum(REVIEWED_LOCALES).catch("az"),
  view: z.enum(REVIEW_VIEWS).catch("review"),
  q: z.string().max(200).catch("").default(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** A catalog file to download, named as in the repository: messages/<locale>/<file>.json. */
export const catalogFileParamsSchema = z.object({
  locale: z.enum(REVIEWED_LOCALES),
  file: z
    .string()
    .regex(/\.json$/)
    .transform((name) => name.slice(0, -".json".length))
    .pipe(z.enum([...CATALOG_FILE_NAMES, "_review"])),
});

/** Which content translations the review lists: those flagged, or every one of the language. */
export const CONTENT_VIEWS = ["review", "all"] as const;
export type ContentView = (typeof CONTENT_VIEWS)[number];

export const contentPageQuerySchema = z.object({
  locale: z.enum(REVIEWED_LOCALES).catch("az"),
  view: z.enum(CONTENT_VIEWS).catch("review"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const contentReviewBase = {
  id: entityId(),
  locale: z.enum(REVIEWED_LOCALES, { message: "translations.errors.locale" }),
  needsReview: z.boolean(),
  note: z.string().trim().max(TRANSLATION_NOTE_MAX, { message: "validation.tooLong" }).default(""),
  // The row's last change as the reviewer saw it: a save on an older copy is refused.
  updatedAt: z.iso.datetime(),
};

/** A reviewer's word on one agreement's or one challenge's text in one language. */
export const agreementTextReviewSchema = z.object({
  ...contentReviewBase,
  title: z.string().trim().min(1, { message: "validation.required" }).max(AGREEMENT_TITLE_MAX, { message: "validation.tooLong" }),
  summary: z.string().trim().max(AGREEMENT_SUMMARY_MAX, { message: "validation.tooLong" }).default(""),
});
export type AgreementTextReview = z.infer<typeof agreementTextReviewSchema>;

export const challengeTextReviewSchema = z.object({
  ...contentReviewBase,
  name: z.string().trim().min(1, { message: "validation.required" }).max(CHALLENGE_NAME_MAX, { message: "validation.tooLong" }),
  description: z.string().trim().max(CHALLENGE_DESCRIPTION_MAX, { message: "validation.tooLong" }).default(""),
});
export type ChallengeTextReview = z.infer<typeof challengeTextReviewSchema>;

export const organizationTextReviewSchema = z.object({
  ...contentReviewBase,
  name: z.string().trim().min(1, { message: "validation.required" }).max(ORGANIZATION_NAME_MAX, { message: "validation.tooLong" }),
  shortName: z.string().trim().max(ORGANIZATION_SHORT_NAME_MAX, { message: "validation.tooLong" }).default(""),
});
export type OrganizationTextReview = z.infer<typeof organizationTextReviewSchema>;
