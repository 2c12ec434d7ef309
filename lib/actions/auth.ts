"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "../auth/config";
import { lockoutFor } from "../auth/authenticate";
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
