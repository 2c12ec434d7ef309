"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "../auth/config";
import { currentSessionId } from "../auth/server-session";
import { adminEndSessions, endOwnSessions } from "../data/sessions";
import { changeOwnPassword } from "../data/own-password";
import { ActionError, authedAction } from "./authed-action";
import { changePasswordSchema, endSessionSchema, signOutEverywhereSchema, userTargetSchema } from "../validations/account";

export const endSessionAction = authedAction(endSessionSchema, null, async (input, user) => {
  const ended = await endOwnSessions(user.id, { sessionId: input.sessionId });
  revalidatePath("/account");
  return ended > 0 ? { ok: true, message: "sessions.endedOne" } : { ok: false, message: "errors.notFound" };
});

/** Ends every session of the person, this one included: back to the login page. */
export const signOutEverywhereAction = authedAction(signOutEverywhereSchema, null, async (_input, user) => {
  await endOwnSessions(user.id, { all: true });
  await signOut({ redirect: false });
  redirect("/login");
});

export const changePasswordAction = authedAction(changePasswordSchema, null, async (input, user) => {
  const sessionId = await currentSessionId();
  if (!sessionId) return { ok: false, message: "errors.unauthenticated" };
  const result = await changeOwnPassword({ userId: user.id, sessionId, ...input });
  if (!result.ok) {
    throw new ActionError("errors.invalidInput", 400, undefined, { currentPassword: ["passwordChange.wrongCurrent"] });
  }
  revalidatePath("/account");
  return { ok: true, message: "passwordChange.changed", values: { count: String(result.endedSessions) } };
});

export const adminEndSessionsAction = authedAction(userTargetSchema, "user:manage", async (input, user) => {
  const ended = await adminEndSessions(input.userId, user.id);
  revalidatePath("/admin/users");
  return { ok: true, message: "sessions.adminEnded", values: { count: String(ended) } };
});
