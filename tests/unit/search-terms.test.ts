import { describe, expect, it } from "vitest";
import { MAX_SEARCH_TERMS, searchTerms } from "@/lib/domain/search-terms";
import { agreementQuerySchema } from "@/lib/url-state/agreement-query";

describe("searchTerms", () => {
  it("folds case for every script the agreements are written in", () => {
    expect(searchTerms("SOCAR")).toEqual(["socar"]);
    expect(searchTerms("ŞİRKƏTİ")).toEqual(["şirkəti"]);
    expect(searchTerms("ҚАЗАҚСТАН")).toEqual(["қазақстан"]);
    expect(searchTerms("Цифровой")).toEqual(["цифровой"]);
  });

  it("keeps references, numbers and names whole", () => {
    expect(searchTerms("AZ-KZ-2026-03")).toEqual(["az-kz-2026-03"]);
    expect(searchTerms("3.5 R&D")).toEqual(["3.5", "r&d"]);
  });

  it("treats FTS syntax as text: quotes, star, NEAR, OR and parentheses", () => {
    expect(searchTerms('"socar" OR (kmg*')).toEqual(["socar", "or", "kmg"]);
    expect(searchTerms("NEAR(socar kmg, 5)")).toEqual(["near", "socar", "kmg", "5"]);
    expect(searchTerms("((((")).toEqual([]);
  });

  it("has no words in punctuation or emoji alone", () => {
    expect(searchTerms("!!! ... ---")).toEqual([]);
    expect(searchTerms("🚆🤝")).toEqual([]);
    expect(searchTerms("🚆 corridor")).toEqual(["corridor"]);
  });

  it("drops a word inside another and caps the count", () => {
    expect(searchTerms("soc socar SOCAR")).toEqual(["socar"]);
    const many = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(" ");
    expect(searchTerms(many)).toHaveLength(MAX_SEARCH_TERMS);
  });

  it("cuts a long search instead of dropping it", () => {
    const query = agreementQuerySchema.parse({ q: `corridor ${"x".repeat(1000)}` });
    expect(query.q.startsWith("corridor ")).toBe(true);
    expect(query.q.length).toBeLessThanOrEqual(200);
  });
});
