"use server";

import { saveAccountLocale } from "../data/user-locale";
import { setLocaleCookie } from "../i18n/locale-cookie";
import { localeChoiceSchema } from "../validations/locale";
import { authedAction } from "./authed-action";

/**
 * The language chosen in the menu by someone signed in: kept on their account (so it follows
 * them to another browser, and their e-mails and reports follow it) and in this browser's cookie.
 * Every role may choose its language, so the permission is the one every role has.
 */
export const saveLocale = authedAction(localeChoiceSchema, "agreement:read", async ({ locale }, user) => {
  await saveAccountLocale(user.id, locale);
  await setLocaleCookie(locale);
  return { ok: true };
});
