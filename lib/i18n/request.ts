import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locales";
import { MESSAGES } from "./catalog";

// The language comes from the menu's cookie or the browser (lib/i18n/locales.ts); the URL stays
// the same in every language, so a copied link opens in the reader's own language.
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  return { locale, timeZone: "UTC", messages: MESSAGES[locale] };
});
