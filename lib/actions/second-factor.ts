"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { env } from "../env";
import { resolveSession, type RequestSession } from "../auth/server-session";
import {
  adminResetSecondFactor,
  beginSecondFactorSetup,
  confirmSecondFactor,
  disableOwnSecondFactor,
  regenerateRecoveryCodes,
  verifySecondFactor,
  type OwnCodeResult,
} from "../data/second-factor";
import { roleRequiresSecondFactor } from "../domain/session-rules";
import { secondFactorCodeSchema } from "../validations/second-factor";
import { userTargetSchema } from "../validations/account";
import { authedAction, fieldErrorsOf, formDataToObject, type ActionResult } from "./authed-action";
import { withTexts } from "./outcome-text";

const timeOf = (d: Date) => d.toISOString().slice(11, 16);

/**
 * The sign-in's second step. Not an authedAction: the session is not usable yet, and this is the
 * one thing it may do, so the session's state is checked here instead.
 */
export async function verifySecondFactorAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return withTexts(await verifySecondFactorStep(formData));
}

async function verifySecondFactorStep(formData: FormData): Promise<ActionResult> {
  const session = await resolveSession();
  if (session.state !== "second-factor" || session.mode !== "verify") return { ok: false, message: "errors.unauthenticated" };
  const parsed = secondFactorCodeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await verifySecondFactor({ userId: session.user.id, sessionId: session.sessionId, code: parsed.data.code });
  if (result.kind === "locked") return { ok: false, message: "auth.locked", values: { time: timeOf(result.until) } };
  if (result.kind === "invalid") return { ok: false, message: "secondFactor.wrongCode" };
  redirect("/");
}

/** Whether this session may set up a second factor: its own, not yet on. */
function mayBeginSetup(session: RequestSession): boolean {
  return (
    (session.state === "active" && !session.user.secondFactorEnabled) ||
    (session.state === "second-factor" && session.mode === "setup")
  );
}

/**
 * Starts the set-up: creates the secret the QR code shows, then opens the page that shows it
 * (the account's, or the sign-in's when the role requires a second factor). Pages only read it.
 */
export async function beginSecondFactorSetupAction(): Promise<void> {
  const session = await resolveSession();
  if (session.state === "none") redirect("/login");
  if (!mayBeginSetup(session)) redirect("/account");
  await beginSecondFactorSetup(session.user.id);
  redirect(session.state === "active" ? "/account/second-factor" : "/login/second-factor");
}

/**
 * Confirms the set-up with a first code: from the account page (a signed-in person choosing it) or
 * from the sign-in, when the role requires a second factor that is not set up yet.
 */
export async function confirmSecondFactorAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return withTexts(await confirmSecondFactorStep(input));
}

async function confirmSecondFactorStep(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const session = await resolveSession();
  if (session.state === "none" || !mayBeginSetup(session)) {
    const alreadyOn = session.state === "active" && session.user.secondFactorEnabled;
    return { ok: false, message: alreadyOn ? "secondFactor.alreadyOn" : "errors.unauthenticated" };
  }
  const parsed = secondFactorCodeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "errors.invalidInput", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await confirmSecondFactor(session.user.id, session.sessionId, parsed.data.code);
  if (!result.ok) {
    return result.reason === "wrong-code"
      ? { ok: false, message: "errors.invalidInput", fieldErrors: { code: ["secondFactor.wrongCode"] } }
      : { ok: false, message: "errors.notFound" };
  }
  return { ok: true, message: "secondFactor.enabled", data: { recoveryCodes: result.recoveryCodes } };
}

/** A refused own-code check, as the form shows it: next to the field, or the lockout's end. */
function codeRefusal(result: Exclude<OwnCodeResult<unknown>, { kind: "ok" }>): ActionResult<never> {
  return result.kind === "locked"
    ? { ok: false, message: "auth.locked", values: { time: timeOf(result.until) } }
    : { ok: false, message: "errors.invalidInput", fieldErrors: { code: ["secondFactor.wrongCode"] } };
}

export const disableSecondFactorAction = authedAction(secondFactorCodeSchema, null, async (input, user) => {
  if (roleRequiresSecondFactor(user.role, env().REQUIRE_2FA)) return { ok: false, message: "secondFactor.requiredForRoleShort" };
  const result = await disableOwnSecondFactor(user.id, input.code);
  if (result.kind !== "ok") return codeRefusal(result);
  revalidatePath("/account");
  return { ok: true, message: "secondFactor.disabled" };
});

export const regenerateRecoveryCodesAction = authedAction(secondFactorCodeSchema, null, async (input, user) => {
  const result = await regenerateRecoveryCodes(user.id, input.code);
  if (result.kind !== "ok") return codeRefusal(result);
  return { ok: true, message: "secondFactor.recoveryRegenerated", data: { recoveryCodes: result.value } };
});

export const adminResetSecondFactorAction = authedAction(userTargetSchema, "user:manage", async (input, user) => {
  const reset = await adminResetSecondFactor(input.userId, user.id);
  if (!reset) return { ok: false, message: "errors.notFound" };
  revalidatePath("/admin/users");
  return { ok: true, message: "secondFactor.adminReset", values: { count: String(reset.endedSessions) } };
});
