"use server";

import { revalidatePath } from "next/cache";
import { createPersonalToken, createServiceToken, revokeApiToken } from "../data/api-tokens";
import { authedAction } from "./authed-action";
import { personalTokenSchema, revokeTokenSchema, serviceTokenSchema } from "../validations/api-token";

// The secret travels back once, in the action's reply, and is never stored or shown again.

/** Anyone who may read may have a token; what it can do is still their role's (and its scope's). */
export const createPersonalTokenAction = authedAction(personalTokenSchema, "agreement:read", async (input, user) => {
  const { secret } = await createPersonalToken(input, user);
  revalidatePath("/account/api-tokens");
  return { ok: true, message: "apiTokens.created", data: { secret } };
});

export const revokeOwnTokenAction = authedAction(revokeTokenSchema, null, async (input, user) => {
  await revokeApiToken(input.tokenId, user, { any: false });
  revalidatePath("/account/api-tokens");
  return { ok: true, message: "apiTokens.revoked" };
});

export const createServiceTokenAction = authedAction(serviceTokenSchema, "user:manage", async (input, user) => {
  const { secret } = await createServiceToken(input, user);
  revalidatePath("/admin/api-tokens");
  return { ok: true, message: "apiTokens.created", data: { secret } };
});

export const revokeAnyTokenAction = authedAction(revokeTokenSchema, "user:manage", async (input, user) => {
  await revokeApiToken(input.tokenId, user, { any: true });
  revalidatePath("/admin/api-tokens");
  return { ok: true, message: "apiTokens.revoked" };
});
