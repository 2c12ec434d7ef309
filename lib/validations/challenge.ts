import { z } from "zod";
import { entityId } from "./common";

const cuid = entityId();

export const challengeFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: "validation.required" }).max(120, { message: "validation.tooLong" }),
  description: z.string().trim().max(2000, { message: "validation.tooLong" }).default(""),
});
export const challengeEditSchema = challengeFieldsSchema.extend({ challengeId: cuid });
export const challengeArchiveSchema = z.object({ challengeId: cuid, archived: z.boolean() });
export const challengeMoveSchema = z.object({ challengeId: cuid, direction: z.enum(["up", "down"]) });
