import { z } from "zod";

const cuid = z.string().regex(/^[a-z0-9]{6,40}$/i, { message: "validation.invalidId" });

export const challengeFieldsSchema = z.object({
  name: z.string().trim().min(1, { message: "validation.required" }).max(120, { message: "validation.tooLong" }),
  description: z.string().trim().max(2000, { message: "validation.tooLong" }).default(""),
});
export const challengeEditSchema = challengeFieldsSchema.extend({ challengeId: cuid });
