// The menu's order: the two governments' languages, then the two they also work in.
export const LOCALES = ["az", "kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { az: "Azərbaycanca", kk: "Қазақша", ru: "Русский", en: "English" };

/** The cookie that keeps the language someone chose (a year; read on every request). */
export const LOCALE_COOKIE = "accord-locale";
export const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/**
 * Whether a value (a cookie, a URL parameter, an account's column) is one of the four. A plain
 * check, not a zod schema: the language menu imports it, and zod would add 29 KiB of JavaScript
 * to every page (bench/first-load-js.ts). Forms validate the language with lib/validations/locale.ts.
 */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/**
 * The language of a request: the one chosen in the menu (cookie), else the browser's most
 * preferred language that Accord has (Accept-Language, by quality, "ru-RU" counting as "ru" and
 * "az-Latn-AZ" as "az"), else
 * English. Junk in either header counts as absent.
 */
export function resolveLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      // No q means 1; a malformed one drops the entry (RFC 9110 allows 0 to 1, three decimals).
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2);
      const quality = q === undefined ? 1 : /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(q) ? Number(q) : 0;
      return { language: tag.trim().toLowerCase().split("-")[0], quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}
