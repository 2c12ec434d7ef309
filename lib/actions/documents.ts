"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "./authed-action";
import { documentRestoreSchema, documentWithdrawSchema } from "../validations/document";
import { restoreDocument, withdrawDocument } from "../data/document-list";

// agreement:track, then this agreement and this document (lib/data: trackers of the agreement who may see it).
export const withdrawDocumentAction = authedAction(documentWithdrawSchema, "agreement:track", async (input, user) => {
  await withdrawDocument(input, user);
  revalidatePath("/agreements/[reference]", "page");
  return { ok: true, message: "documents.withdrawn" };
});

// Restoring undoes a withdrawal: administrators only (agreement:manage).
export const restoreDocumentAction = authedAction(documentRestoreSchema, "agreement:manage", async (input, user) => {
  await restoreDocument(input, user);
  revalidatePath("/agreements/[reference]", "page");
  return { ok: true, message: "documents.restored" };
});
