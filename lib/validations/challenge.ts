import { z } from "zod";
import { entityId } from "./common";
import { LOCALES } from "../i18n/locales";
import { translatedTextsSchema } from "./locale";

export const CHALLENGE_NAME_MAX = 120;
export const CHALLENGE_DESCRIPTION_MAX = 2000;

const cuid = entityId();

export const challengeFieldsSchema = z.object({
  // In `language`, the one it was written in; `texts` holds the other languages.
  name: z.string().trim().min(1, { message: "validation.required" }).max(CHALLENGE_NAME_MAX, { message: "validation.tooLong" }),
  description: z.string().trim().max(CHALLENGE_DESCRIPTION_MAX, { message: "validation.tooLong" }).default(""),
  language: z.enum(LOCALES, { message: "validation.language" }).default("en"),
  texts: translatedTextsSchema("name", { name: CHALLENGE_NAME_MAX, description: CHALLENGE_DESCRIPTION_MAX }),
});
export const challengeEditSchema = challengeFieldsSchema.extend({ challengeId: cuid });
export const challengeArchiveSchema = z.object({ challengeId: cuid, archived: z.boolean() });
export const challengeMoveSchema = z.object({ challengeId: cuid, direction: z.enum(["up", "down"]) });
