"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom } from "../auth/client-address";
import { SSO_PROVIDER_ID } from "../auth/sso";
import { signIn, signOut } from "../auth/config";
import { lockoutFor, throttleFor } from "../data/sign-in-attempts";
import { accountLocaleByEmail } from "../data/user-locale";
import { setLocaleCookie } from "../i18n/locale-cookie";
import { loginSchema, safeCallbackPath } from "../validations/auth";
import { fieldErrorsOf, formDataToObject, type ActionResult } from "./authed-action";

export type LoginState = ActionResult & { email?: string };

const timeOf = (d: Date) => d.toISOString().slice(11, 16);

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(formDataToObject(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { ok: false, email, fieldErrors: fieldErrorsOf(parsed.error) };
  const { callbackUrl, ...credentials } = parsed.data;
  try {
    await signIn("credentials", { ...credentials, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error.type === "CredentialsSignin" && "code" in error && error.code === "throttled") {
      const throttle = await throttleFor(clientAddressFrom(await headers()), new Date());
      const key = throttle?.scope === "global" ? "throttle.global" : "throttle.address";
      return { ok: false, email, message: key, values: { time: throttle ? timeOf(throttle.until) : "" } };
    }
    if (error.type === "CredentialsSignin" && "code" in error && error.code === "password-off") {
      return { ok: false, email, message: "sso.passwordOff" };
    }
    if (error.type === "CredentialsSignin" && "code" in error && error.code === "locked") {
      const until = await lockoutFor(credentials.email, new Date());
      return { ok: false, email, message: "auth.locked", values: { time: until ? timeOf(until) : "" } };
    }
    return { ok: false, email, message: "auth.invalid" };
  }
  // The language stored on the account wins over this browser's: it follows the person.
  const accountLocale = await accountLocaleByEmail(credentials.email);
  if (accountLocale) await setLocaleCookie(accountLocale);
  redirect(safeCallbackPath(callbackUrl));
}

export async function logout(): Promise<void> {
  await signOut({ redirect: false });
  redirect("/login");
}

/** Starts single sign-on: Auth.js redirects to the identity provider (lib/auth/sso.ts). */
export async function ssoLogin(formData: FormData): Promise<void> {
  const callbackUrl = formData.get("callbackUrl");
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined) });
}
