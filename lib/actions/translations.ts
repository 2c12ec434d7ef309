"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { saveTranslation, TranslationRefused } from "../data/message-translations";
import { agreementTextReviewSchema, challengeTextReviewSchema, organizationTextReviewSchema, translationSaveSchema } from "../validations/translations";
import { reviewAgreementText, reviewChallengeText, reviewOrganizationText } from "../data/content-review";
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

// The review of content translations: an agreement's title and summary, a challenge's name and
// description, an organization's name and short name, in one language, corrected or confirmed by whoever may edit them.
export const reviewAgreementTextAction = authedAction(agreementTextReviewSchema, "agreement:manage", async (input, user) => {
  await reviewAgreementText(user, input);
  revalidatePath("/admin/translations/content");
  return { ok: true, message: input.needsReview ? "translations.flagged" : "translations.saved" };
});

export const reviewChallengeTextAction = authedAction(challengeTextReviewSchema, "challenge:manage", async (input, user) => {
  await reviewChallengeText(user, input);
  revalidatePath("/admin/translations/content");
  return { ok: true, message: input.needsReview ? "translations.flagged" : "translations.saved" };
});

export const reviewOrganizationTextAction = authedAction(organizationTextReviewSchema, "agreement:manage", async (input, user) => {
  await reviewOrganizationText(user, input);
  revalidatePath("/admin/translations/content");
  return { ok: true, message: input.needsReview ? "translations.flagged" : "translations.saved" };
});
