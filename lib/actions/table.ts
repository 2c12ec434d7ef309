"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "./authed-action";
import { bulkUpdateSchema } from "../validations/bulk";
import { savedViewCreateSchema, savedViewDeleteSchema, savedViewRenameSchema } from "../validations/saved-view";
import { bulkUpdate, type BulkOutcome } from "../data/bulk";
import { createSavedView, deleteSavedView, renameSavedView } from "../data/saved-views";

export const bulkUpdateAction = authedAction(bulkUpdateSchema, "agreement:track", async (input, user) => {
  const outcome: BulkOutcome = await bulkUpdate(input, user);
  revalidatePath("/", "layout");
  return {
    ok: outcome.refused.length === 0,
    message: outcome.refused.length === 0 ? "bulk.done" : "bulk.partly",
    values: { updated: String(outcome.updated.length), refused: String(outcome.refused.length) },
    data: outcome,
  };
});

export const createSavedViewAction = authedAction(savedViewCreateSchema, "agreement:read", async (input, user) => {
  await createSavedView(input, user);
  revalidatePath("/agreements");
  return { ok: true, message: "views.saved" };
});

export const renameSavedViewAction = authedAction(savedViewRenameSchema, "agreement:read", async (input, user) => {
  await renameSavedView(input, user);
  revalidatePath("/agreements");
  return { ok: true, message: "views.renamed" };
});

export const deleteSavedViewAction = authedAction(savedViewDeleteSchema, "agreement:read", async (input, user) => {
  await deleteSavedView(input, user);
  revalidatePath("/agreements");
  return { ok: true, message: "views.deleted" };
});
