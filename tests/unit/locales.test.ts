import { describe, expect, it } from "vitest";
import { resolveLocale } from "@/lib/i18n/locales";
import { localeChoiceSchema } from "@/lib/validations/locale";

describe("resolveLocale", () => {
  it("takes the language chosen in the menu over the browser's", () => {
    expect(resolveLocale("ru", "en-US,en;q=0.9")).toBe("ru");
    expect(resolveLocale("en", "ru-RU,ru;q=0.9")).toBe("en");
    expect(resolveLocale("az", "kk-KZ,kk;q=0.9")).toBe("az");
    expect(resolveLocale("kk", "az-AZ,en;q=0.9")).toBe("kk");
  });

  it("otherwise takes the browser's most preferred language that Accord has", () => {
    expect(resolveLocale(undefined, "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ru");
    expect(resolveLocale(undefined, "az-AZ,az;q=0.9,ru;q=0.8,en;q=0.5")).toBe("az");
    expect(resolveLocale(undefined, "az-Latn-AZ")).toBe("az");
    expect(resolveLocale(undefined, "KK-kz, ru;q=0.9")).toBe("kk");
    expect(resolveLocale(undefined, "en;q=0.5,ru;q=0.9")).toBe("ru");
    expect(resolveLocale(undefined, "kk, en;q=0.8, ru;q=0.7")).toBe("kk");
    expect(resolveLocale(undefined, "de-DE, kk;q=0.4, az;q=0.5")).toBe("az");
    expect(resolveLocale(undefined, "kk;q=0, az;q=0, en;q=0.1")).toBe("en");
    expect(resolveLocale(undefined, "ru;q=0, en;q=0.1")).toBe("en");
  });

  it("falls back to English on junk or nothing", () => {
    for (const cookie of [undefined, "", "de", "ru-RU", "<script>", "en;ru", "AZ", "kz", "az-Latn", "kk\u0000", "__proto__", "toString"]) {
      for (const header of [undefined, null, "", "*", ";;;", "ru;q=abc", "kk;q=2", "az;q=-1", "de-DE,fr;q=0.9", "kz-KZ", "azb"]) {
        const got = resolveLocale(cookie, header);
        expect(got, `${cookie} / ${header}`).toBe("en");
      }
    }
  });

  it("ignores a junk cookie and still honours the browser", () => {
    expect(resolveLocale("xx", "kk-KZ")).toBe("kk");
    expect(resolveLocale("constructor", "az")).toBe("az");
  });
});

describe("localeChoiceSchema (the menu's server action)", () => {
  it("accepts the four languages and refuses anything else", () => {
    for (const locale of ["az", "kk", "ru", "en"]) expect(localeChoiceSchema.safeParse({ locale }).success, locale).toBe(true);
    for (const locale of ["", "xx", "AZ", "kz", "az-AZ", "en;ru", null, 7, undefined, ["kk"]]) {
      expect(localeChoiceSchema.safeParse({ locale }).success, String(locale)).toBe(false);
    }
  });
});
