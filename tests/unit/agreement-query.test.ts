import { describe, expect, it } from "vitest";
import { agreementQueryToParams, hasActiveFilters, parseAgreementQuery } from "@/lib/url-state/agreement-query";

describe("parseAgreementQuery", () => {
  it("gives defaults for an empty query", () => {
    const q = parseAgreementQuery({});
    expect(q).toMatchObject({ q: "", area: [], status: [], sort: "reference", dir: "asc", page: 1, size: 25 });
    expect(hasActiveFilters(q)).toBe(false);
  });

  it("falls back to defaults on junk instead of failing", () => {
    const q = parseAgreementQuery({
      page: "-3",
      size: "1000",
      sort: "passwordHash",
      dir: "sideways",
      area: "energy,atlantis",
      status: ["on_track", "exploded"],
      side: "RU",
      targetFrom: "2025-13-45",
      dueFrom: "2026-02-30",
      dueTo: "next quarter",
      minSeverity: "apocalyptic",
      org: "'; DROP TABLE",
      overdue: "yes",
    });
    expect(q).toMatchObject({ page: 1, size: 25, sort: "reference", dir: "asc", area: ["energy"], status: ["on_track"] });
    expect(q.side).toBeUndefined();
    expect(q.targetFrom).toBeUndefined();
    expect(q.dueFrom).toBeUndefined();
    expect(q.dueTo).toBeUndefined();
    expect(q.minSeverity).toBeUndefined();
    expect(q.org).toBeUndefined();
    expect(q.overdue).toBeUndefined();
  });

  it("reads repeated and comma-separated lists from URLSearchParams", () => {
    const q = parseAgreementQuery(new URLSearchParams("area=energy&area=transport,digital&status=at_risk"));
    expect(q.area).toEqual(["energy", "transport", "digital"]);
    expect(q.status).toEqual(["at_risk"]);
    expect(hasActiveFilters(q)).toBe(true);
  });

  it("caps the page size at the allowed sizes", () => {
    expect(parseAgreementQuery({ size: "50" }).size).toBe(50);
    expect(parseAgreementQuery({ size: "100" }).size).toBe(100);
    expect(parseAgreementQuery({ size: "75" }).size).toBe(25);
  });

  it("round-trips through URL parameters", () => {
    const q = parseAgreementQuery({ q: "Şirkət", area: "energy,transport", dueFrom: "2026-10-01", dueTo: "2026-12-31", sort: "progress", dir: "desc", page: "2", size: "50" });
    expect(q).toMatchObject({ dueFrom: "2026-10-01", dueTo: "2026-12-31" });
    expect(parseAgreementQuery(agreementQueryToParams(q))).toEqual(q);
    expect(agreementQueryToParams(parseAgreementQuery({})).toString()).toBe("");
  });

  it("cuts an over-long search (a pasted paragraph) to its first 200 characters, which still search", () => {
    expect(parseAgreementQuery({ q: `socar ${"x".repeat(500)}` }).q).toBe(`socar ${"x".repeat(194)}`);
  });
});
