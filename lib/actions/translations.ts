"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { saveTranslation, TranslationRefused } from "../data/message-translations";
import { translationSaveSchema } from "../validations/translations";
import { authedAction } from "./authed-action";

// The in-app translation review: an administrator corrects, confirms or flags one message of the
// interface in one language. A correction that breaks the message is refused with its reasons.
export const saveTranslationAction = authedAction(translationSaveSchema, "user:manage", async (input, user) => {
  try {
    await saveTranslation(user, input);
  } catch (error) {
    if (!(error instanceof TranslationRefused)) throw error;
    const t = await getTranslations("translations.problems");
    return { ok: false, message: "translations.refused", fieldErrors: { text: error.problems.map((p) => t(p.problem, p.values)) } };
  }
  revalidatePath("/admin/translations");
  return { ok: true, message: input.needsReview ? "translations.flagged" : "translations.saved" };
});
