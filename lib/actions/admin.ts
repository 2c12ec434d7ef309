"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ActionError, authedAction } from "./authed-action";
import { agreementArchiveSchema, agreementCreateSchema, agreementEditSchema } from "../validations/agreement";
import { challengeArchiveSchema, challengeEditSchema, challengeFieldsSchema, challengeMoveSchema } from "../validations/challenge";
import { createUserSchema, userEditSchema } from "../validations/user";
import { createAgreement, setArchived, updateAgreement } from "../data/agreement-admin";
import { createChallenge, moveChallenge, setChallengeArchived, updateChallenge } from "../data/challenges";
import { createUser, updateUser, UserDataError } from "../data/users";
import { organizationNamesSchema } from "../validations/organization";
import { updateOrganizationNames } from "../data/organizations";

const refreshAll = () => revalidatePath("/", "layout");

export const createAgreementAction = authedAction(agreementCreateSchema, "agreement:manage", async (input, user) => {
  const agreement = await createAgreement(input, user);
  refreshAll();
  redirect(`/agreements/${agreement.reference}`);
});

export const updateAgreementAction = authedAction(agreementEditSchema, "agreement:manage", async (input, user) => {
  const { reference } = await updateAgreement(input, user);
  refreshAll();
  redirect(`/agreements/${reference}`);
});

export const archiveAgreementAction = authedAction(agreementArchiveSchema, "agreement:manage", async (input, user) => {
  await setArchived(input, user);
  refreshAll();
  return { ok: true, message: input.archived ? "admin.agreement.archived" : "admin.agreement.unarchived" };
});

export const createChallengeAction = authedAction(challengeFieldsSchema, "challenge:manage", async (input, user) => {
  await createChallenge(input, user);
  refreshAll();
  return { ok: true, message: "admin.challenges.created" };
});

export const updateChallengeAction = authedAction(challengeEditSchema, "challenge:manage", async (input, user) => {
  await updateChallenge(input, user);
  refreshAll();
  return { ok: true, message: "admin.challenges.saved" };
});

export const archiveChallengeAction = authedAction(challengeArchiveSchema, "challenge:manage", async (input, user) => {
  await setChallengeArchived(input, user);
  refreshAll();
  return { ok: true, message: input.archived ? "admin.challenges.archived" : "admin.challenges.restored" };
});

export const moveChallengeAction = authedAction(challengeMoveSchema, "challenge:manage", async (input, user) => {
  const moved = await moveChallenge(input, user);
  if (moved.changed) refreshAll();
  return {
    ok: true,
    message: "admin.challenges.moved",
    values: { name: moved.name, position: String(moved.position), count: String(moved.count) },
  };
});

/** User data errors name their field; they become field errors on the form. */
const asFieldError = (error: unknown): never => {
  if (error instanceof UserDataError) {
    throw new ActionError("errors.invalidInput", 400, undefined, { [error.field ?? "_form"]: [error.message] });
  }
  throw error;
};

export const createUserAction = authedAction(createUserSchema, "user:manage", async (input, user) => {
  await createUser(input, user.id).catch(asFieldError);
  refreshAll();
  return { ok: true, message: "admin.users.created" };
});

export const updateUserAction = authedAction(userEditSchema, "user:manage", async (input, user) => {
  await updateUser(input, user.id).catch(asFieldError);
  refreshAll();
  return { ok: true, message: "admin.users.saved" };
});

export const updateOrganizationNamesAction = authedAction(organizationNamesSchema, "agreement:manage", async (input, user) => {
  await updateOrganizationNames(input, user);
  refreshAll();
  return { ok: true, message: "admin.organizations.saved" };
});
