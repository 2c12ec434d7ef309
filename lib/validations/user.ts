import { z } from "zod";
import { ROLES } from "../domain/vocabulary";
import { newPasswordSchema } from "./auth";
import { entityId } from "./common";

export const userFieldsSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: "validation.email" }).max(254, { message: "validation.tooLong" }),
  name: z.string().trim().min(1, { message: "validation.required" }).max(120, { message: "validation.tooLong" }),
  role: z.enum(ROLES, { message: "validation.role" }),
  organizationId: z
    .string()
    .trim()
    .max(40)
    .transform((v) => v || null)
    .nullable()
    .default(null),
});

export const createUserSchema = userFieldsSchema.extend({ password: newPasswordSchema });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const editorNeedsOrganization = (role: string, organizationId: string | null) =>
  role !== "editor" || organizationId !== null;

export const userEditSchema = userFieldsSchema.omit({ email: true }).extend({
  userId: entityId(),
  version: z.coerce.number().int().min(1),
  active: z.boolean(),
});
