import { z } from "zod";
import { AREAS, INSTRUMENT_TYPES } from "../domain/vocabulary";
import { entityId, isoDay } from "./common";
import { REFERENCE_MAX, REFERENCE_PATTERN } from "../domain/limits";
import { LOCALES } from "../i18n/locales";
import { translatedTextsSchema } from "./locale";

export const AGREEMENT_TITLE_MAX = 300;
export const AGREEMENT_SUMMARY_MAX = 4000;

const cuid = entityId();
const optionalDay = z
  .union([z.literal(""), isoDay])
  .optional()
  .transform((v) => (v ? v : null));

export const agreementFieldsSchema = z.object({
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .max(REFERENCE_MAX, { message: "validation.tooLong" })
    .regex(REFERENCE_PATTERN, { message: "validation.reference" }),
  visitId: cuid,
  // In `language`, the one it was written in; `texts` holds the other languages' title and summary.
  title: z.string().trim().min(1, { message: "validation.required" }).max(AGREEMENT_TITLE_MAX, { message: "validation.tooLong" }),
  language: z.enum(LOCALES, { message: "validation.language" }).default("en"),
  texts: translatedTextsSchema("title", { title: AGREEMENT_TITLE_MAX, summary: AGREEMENT_SUMMARY_MAX }),
  area: z.enum(AREAS, { message: "validation.area" }),
  instrumentType: z.enum(INSTRUMENT_TYPES, { message: "validation.instrument" }),
  signedDate: optionalDay,
  targetDate: optionalDay,
  leadOrganizationId: cuid,
  partyOrganizationIds: z.array(cuid).max(30).default([]),
  summary: z.string().trim().max(AGREEMENT_SUMMARY_MAX, { message: "validation.tooLong" }).default(""),
  sourceExcerpt: z.string().trim().max(4000, { message: "validation.tooLong" }).default(""),
});
export type AgreementFields = z.infer<typeof agreementFieldsSchema>;

export const agreementCreateSchema = agreementFieldsSchema;
export const agreementEditSchema = agreementFieldsSchema.extend({
  agreementId: cuid,
  version: z.coerce.number().int().min(1),
});
export const agreementArchiveSchema = z.object({
  agreementId: cuid,
  version: z.coerce.number().int().min(1),
  archived: z.boolean(),
});
