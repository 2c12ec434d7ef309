import { describe, expect, it } from "vitest";
import { resolveLocale } from "@/lib/i18n/locales";

describe("resolveLocale", () => {
  it("takes the language chosen in the menu over the browser's", () => {
    expect(resolveLocale("ru", "en-US,en;q=0.9")).toBe("ru");
    expect(resolveLocale("en", "ru-RU,ru;q=0.9")).toBe("en");
  });

  it("otherwise takes the browser's most preferred language that Accord has", () => {
    expect(resolveLocale(undefined, "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ru");
    expect(resolveLocale(undefined, "az-AZ,az;q=0.9,ru;q=0.8,en;q=0.5")).toBe("ru");
    expect(resolveLocale(undefined, "en;q=0.5,ru;q=0.9")).toBe("ru");
    expect(resolveLocale(undefined, "kk, en;q=0.8, ru;q=0.7")).toBe("en");
    expect(resolveLocale(undefined, "ru;q=0, en;q=0.1")).toBe("en");
  });

  it("falls back to English on junk or nothing", () => {
    for (const cookie of [undefined, "", "de", "ru-RU", "<script>", "en;ru"]) {
      for (const header of [undefined, null, "", "*", ";;;", "ru;q=abc", "de-DE,fr;q=0.9"]) {
        const got = resolveLocale(cookie, header);
        expect(got, `${cookie} / ${header}`).toBe("en");
      }
    }
  });
});
