"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { clientAddressFrom } from "../auth/client-address";
import { signInRefusal } from "../auth/sign-in-refusal";
import { SSO_PROVIDER_ID } from "../auth/sso";
import { signIn, signOut } from "../auth/config";
import { lockoutFor, throttleFor } from "../data/sign-in-attempts";
import { accountLocaleByEmail } from "../data/user-locale";
import { setLocaleCookie } from "../i18n/locale-cookie";
import { loginSchema, safeCallbackPath } from "../validations/auth";
import { fieldErrorsOf, formDataToObject } from "./authed-action";

/**
 * The login form's state. Its words are translated here, on the server: the sign-in page sends
 * no message catalog to the browser (issue 17: it must stay close to the framework's own weight).
 */
export type LoginState = {
  email?: string;
  /** Why the sign-in was refused, in the reader's language. */
  error?: string;
  fieldErrors?: Partial<Record<"email" | "password", string>>;
};

const timeOf = (d: Date) => d.toISOString().slice(11, 16);

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const t = await getTranslations();
  const text = (key: string, values?: Record<string, string>) => t(key as Parameters<typeof t>[0], values);
  const parsed = loginSchema.safeParse(formDataToObject(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const { email: emailError, password } = fieldErrorsOf(parsed.error);
    return { email, fieldErrors: { email: emailError && text(emailError[0]!), password: password && text(password[0]!) } };
  }
  const { callbackUrl, ...credentials } = parsed.data;
  try {
    await signIn("credentials", { ...credentials, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const refusal = signInRefusal(error);
    if (refusal === "throttled") {
      const throttle = await throttleFor(clientAddressFrom(await headers()), new Date());
      const key = throttle?.scope === "global" ? "throttle.global" : "throttle.address";
      return { email, error: text(key, { time: throttle ? timeOf(throttle.until) : "" }) };
    }
    if (refusal === "password-off") return { email, error: text("sso.passwordOff") };
    if (refusal === "locked") {
      const until = await lockoutFor(credentials.email, new Date());
      return { email, error: text("auth.locked", { time: until ? timeOf(until) : "" }) };
    }
    return { email, error: text(refusal === "unavailable" ? "auth.unavailable" : "auth.invalid") };
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
