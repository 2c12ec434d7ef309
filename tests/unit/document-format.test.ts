import { describe, expect, it } from "vitest";
import { formatDocumentDateTime, formatDocumentDay, formatDocumentLongDay, formatDocumentSize } from "@/lib/format";

const day = new Date(Date.UTC(2026, 2, 31, 14, 5));

describe("dates and numbers in documents, as each language writes them", () => {
  it("writes a table's day unambiguously: day, month, year", () => {
    expect(formatDocumentDay(day, "en")).toBe("31 Mar 2026");
    for (const locale of ["ru", "az", "kk"]) expect(formatDocumentDay(day, locale), locale).toBe("31.03.2026");
  });
  it("writes a heading's day with the month's name in the language", () => {
    expect(formatDocumentLongDay(day, "en")).toBe("31 March 2026");
    expect(formatDocumentLongDay(day, "ru")).toBe("31 марта 2026 г.");
    expect(formatDocumentLongDay(day, "az")).toBe("31 mart 2026");
    expect(formatDocumentLongDay("2026-03-31", "kk")).toBe("2026 ж. 31 наурыз");
    expect(formatDocumentDateTime(day, "en")).toBe("31 March 2026, 14:05 UTC");
  });
  it("uses the language's decimal sign for sizes", () => {
    expect(formatDocumentSize(1_500_000, "en")).toBe("1.5 MB");
    expect(formatDocumentSize(1_500_000, "ru")).toBe("1,5 MB");
    expect(formatDocumentSize(20, "az")).toBe("0,1 kB");
  });
  it("writes nothing for a missing or invalid date", () => {
    expect(formatDocumentDay(null, "en")).toBe("");
    expect(formatDocumentLongDay("not a date", "kk")).toBe("");
  });
});
