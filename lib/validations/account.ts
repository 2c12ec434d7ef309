import { z } from "zod";
import { newPasswordSchema } from "./auth";
import { entityId } from "./common";

export const endSessionSchema = z.object({ sessionId: entityId() });

export const signOutEverywhereSchema = z.object({});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "validation.required" }).max(200, { message: "validation.tooLong" }),
    newPassword: newPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: "passwordChange.sameAsCurrent",
    path: ["newPassword"],
  });

/** An administrator acting on someone's account (end their sessions, reset their second factor). */
export const userTargetSchema = z.object({ userId: entityId() });
