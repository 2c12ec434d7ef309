"use server";

import { refresh } from "next/cache";
import { saveAccountLocale } from "../data/user-locale";
import { setLocaleCookie } from "../i18n/locale-cookie";
import { localeChoiceSchema } from "../validations/locale";
import { authedAction, type ActionResult } from "./authed-action";
import { withTexts } from "./outcome-text";

/**
 * The language chosen in the menu by someone signed in: kept on their account (so it follows
 * them to another browser, and their e-mails and reports follow it) and in this browser's cookie.
 * Every role may choose its language, so the permission is the one every role has.
 */
export const saveLocale = authedAction(localeChoiceSchema, "agreement:read", async ({ locale }, user) => {
  await saveAccountLocale(user.id, locale);
  await setLocaleCookie(locale);
  refresh();
  return { ok: true };
});

/**
 * The language chosen before sign-in (the sign-in page's menu). It asks for no session on purpose:
 * it only sets the caller's own cookie, to one of Accord's languages, and re-renders their page.
 */
export async function chooseLocale(input: unknown): Promise<ActionResult> {
  const parsed = localeChoiceSchema.safeParse(input);
  if (!parsed.success) return withTexts({ ok: false, message: "errors.invalidInput" });
  await setLocaleCookie(parsed.data.locale);
  refresh();
  return { ok: true };
}
