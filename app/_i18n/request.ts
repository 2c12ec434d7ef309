import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { compiledLocalizedMessages } from "@/lib/data/message-translations";

// The language comes from the menu's cookie or the browser (lib/i18n/locales.ts); the URL stays
// the same in every language, so a copied link opens in the reader's own language.
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  // The catalog as administrators have corrected it in the translation review, at once for
  // everyone; compiled, as next.config.js's formatter reads it (lib/i18n/compiled-catalog.ts).
  return { locale, timeZone: "UTC", messages: await compiledLocalizedMessages(locale) };
});
