import { z } from "zod";
import { AGREEMENT_STATUSES, SEVERITIES } from "../domain/vocabulary";

import { NOTE_MAX, SHORT_TEXT_MAX } from "../domain/limits";
import { LOCALES } from "../i18n/locales";
import { entityId, isoDay } from "./common";
import { translatedTextsSchema } from "./locale";

const cuid = entityId();
const version = z.coerce.number({ message: "validation.invalidVersion" }).int().min(1);
const text = (max: number) => z.string().trim().max(max, { message: "validation.tooLong" });

export const statusUpdateSchema = z.object({
  agreementId: cuid,
  version,
  status: z.enum(AGREEMENT_STATUSES, { message: "validation.status" }),
  progress: z.coerce
    .number({ message: "validation.progress" })
    .int({ message: "validation.progress" })
    .min(0, { message: "validation.progress" })
    .max(100, { message: "validation.progress" }),
  note: text(NOTE_MAX),
  assessments: z
    .array(
      z.object({
        challengeId: cuid,
        severity: z.enum(SEVERITIES, { message: "validation.severity" }),
        note: text(SHORT_TEXT_MAX),
        mitigation: text(SHORT_TEXT_MAX),
      }),
    )
    .max(50),
});
export type StatusUpdateInput = z.infer<typeof statusUpdateSchema>;

/** The responsible person: an id, or "" to name nobody; absent (API) leaves it as it is. */
const ownerId = z.union([cuid, z.literal("")]).optional();

export const MILESTONE_TITLE_MAX = 300;

/** A milestone's title in its other languages (absent: left as they are). */
const milestoneTexts = translatedTextsSchema("title", { title: MILESTONE_TITLE_MAX }).optional();

export const milestoneCreateSchema = z.object({
  agreementId: cuid,
  title: text(MILESTONE_TITLE_MAX).min(1, { message: "validation.required" }),
  // The language the title is written in (the form sends the interface's); `texts` the others.
  language: z.enum(LOCALES, { message: "validation.language" }).default("en"),
  texts: milestoneTexts,
  dueDate: isoDay,
  ownerId,
});

// The title's language stays what it was written in: an edit changes the texts, not which is the original.
export const milestoneEditSchema = milestoneCreateSchema.omit({ language: true }).extend({ milestoneId: cuid, version });

export const milestoneCompleteSchema = z.object({
  agreementId: cuid,
  milestoneId: cuid,
  version,
  doneDate: isoDay,
  evidence: text(SHORT_TEXT_MAX).min(1, { message: "validation.evidenceRequired" }),
});

export const milestoneReopenSchema = z.object({ agreementId: cuid, milestoneId: cuid, version });

export const focalPointSchema = z.object({
  agreementId: cuid,
  side: z.enum(["AZ", "KZ"]),
  userId: z.union([cuid, z.literal("")]).transform((v) => v || null),
});
