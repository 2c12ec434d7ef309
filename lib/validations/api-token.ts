import { z } from "zod";
import { API_TOKEN_EXPIRY_CHOICES, API_TOKEN_SCOPES } from "../domain/api-token-options";
import { entityId } from "./common";

const name = z.string().trim().min(1, { message: "validation.required" }).max(100, { message: "validation.tooLong" });
const days = z.coerce
  .number()
  .int()
  .refine((d) => (API_TOKEN_EXPIRY_CHOICES as readonly number[]).includes(d), { message: "apiTokens.errors.expiry" });
const scope = z.enum(API_TOKEN_SCOPES, { message: "apiTokens.errors.scope" });

export const personalTokenSchema = z.object({ name, scope, days });
export type PersonalTokenInput = z.infer<typeof personalTokenSchema>;

/** Service tokens act for one organization with an editor's rights; read or read-write like any. */
export const serviceTokenSchema = z.object({ name, scope, days, organizationId: entityId() });
export type ServiceTokenInput = z.infer<typeof serviceTokenSchema>;

export const revokeTokenSchema = z.object({ tokenId: entityId() });
