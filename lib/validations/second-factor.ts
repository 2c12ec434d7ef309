import { z } from "zod";

/** A six-digit code from the app, or a recovery code (checked by lib/data/second-factor.ts). */
export const secondFactorCodeSchema = z.object({
  code: z.string().trim().min(1, { message: "validation.required" }).max(40, { message: "validation.tooLong" }),
});
