import { describe, expect, it } from "vitest";
import { foldForSearch } from "@/lib/domain/search-folding";

const matches = (query: string, text: string) => foldForSearch(text).includes(foldForSearch(query));

describe("foldForSearch", () => {
  it("matches Azerbaijani text whatever the case", () => {
    expect(matches("ŞİRKƏT", "Azərbaycan Respublikası Dövlət Neft Şirkəti")).toBe(true);
    expect(matches("şirkət", "DÖVLƏT NEFT ŞİRKƏTİ")).toBe(true);
    expect(matches("AZƏRBAYCAN", "azərbaycan")).toBe(true);
  });

  it("matches Kazakh Cyrillic whatever the case", () => {
    expect(matches("ҚАЗАҚСТАН", "Қазақстан Республикасы")).toBe(true);
    expect(matches("самұрық-қазына", "«САМҰРЫҚ-ҚАЗЫНА» ҰЛТТЫҚ ӘЛ-АУҚАТ ҚОРЫ")).toBe(true);
    expect(matches("өнеркәсібі", "ӨНЕРКӘСІБІ")).toBe(true);
  });

  it("does not confuse different letters", () => {
    expect(matches("қазақ", "казак")).toBe(false);
    expect(matches("şirkət", "sirket")).toBe(false);
    expect(matches("aktau", "Baku")).toBe(false);
  });

  it("folds whitespace", () => {
    expect(foldForSearch("  Middle \n Corridor ")).toBe("middle corridor");
  });
});
