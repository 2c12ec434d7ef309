import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, type Locale } from "./locales";

/**
 * Sets the language cookie from the server: the language menu's actions and sign-in (the
 * account's language). Not httpOnly: it holds no secret, and the tests set it as a browser would.
 */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE_S, sameSite: "lax", httpOnly: false });
}
