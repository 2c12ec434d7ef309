import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, type Locale } from "./locales";

/**
 * Sets the language cookie from the server (a server action), as the menu sets it in the browser:
 * same name, path and lifetime, and readable by the page's script so that the menu can change it
 * again before sign-in.
 */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE_S, sameSite: "lax", httpOnly: false });
}
