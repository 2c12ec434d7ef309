import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sanitizeCell, unsanitizeCell } from "@/lib/domain/cell-formula-escape";
import { csvRecord } from "@/lib/reports/agreements-csv";
import type { ExportRow } from "@/lib/domain/agreement-columns";

describe("sanitizeCell", () => {
  it.each(["=", "+", "-", "@", "\t", "\r"])("prefixes an apostrophe to text starting with %j", (c) => {
    expect(sanitizeCell(`${c}SUM(A1:A9)`)).toBe(`'${c}SUM(A1:A9)`);
  });

  it("neutralises the HYPERLINK example from the issue", () => {
    expect(sanitizeCell('=HYPERLINK("http://example.invalid","x")')).toBe(`'=HYPERLINK("http://example.invalid","x")`);
  });

  it("leaves ordinary text alone, including formula characters later in the text", () => {
    for (const text of ["Joint research", "Ə ş Қ ң ө", "a=b", "", " =not first", "'quoted"]) expect(sanitizeCell(text)).toBe(text);
  });

  it("keeps a person's own apostrophe before a trigger through export and import", () => {
    for (const text of ["'@", "'=SUM(1)", "''-5", "'\tx"]) {
      expect(sanitizeCell(text)).toBe(`'${text}`);
      expect(unsanitizeCell(sanitizeCell(text))).toBe(text);
    }
  });

  // Random text rarely starts with apostrophes and triggers, which is where the rules meet, so the
  // texts are built mostly from those characters: every run covers that corner, not one run in ten.
  const cellText = fc.oneof(
    fc.string(),
    fc
      .tuple(fc.array(fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", " ", "a"), { maxLength: 5 }), fc.string())
      .map(([head, tail]) => head.join("") + tail),
  );

  it("round-trips through unsanitizeCell for any text", () => {
    fc.assert(fc.property(cellText, (text) => unsanitizeCell(sanitizeCell(text)) === text));
  });

  it("never leaves a sanitized cell starting with a trigger character", () => {
    fc.assert(fc.property(cellText, (text) => !/^[=+\-@\t\r]/.test(sanitizeCell(text))));
  });
});

describe("csvRecord", () => {
  const row: ExportRow = {
    reference: "AZ-KZ-2025-ENE-01",
    title: "+cmd|' /C calc'!A0",
    area: "energy",
    instrumentType: "agreement",
    status: "at_risk",
    progress: 45,
    signedDate: new Date("2025-10-22T00:00:00Z"),
    targetDate: null,
    leadOrganization: "SOCAR",
    parties: ["SOCAR", "Samruk-Kazyna"],
    summary: "@SUM(1)",
    worstSeverity: "high",
    nextMilestoneDue: new Date("2027-03-31T00:00:00Z"),
    lastUpdateAt: new Date("2026-11-02T10:20:00Z"),
    lastUpdateBy: "-Dana",
    latestNote: '=HYPERLINK("http://example.invalid","x")',
    milestoneOwners: ["Aigerim Nurlanova"],
  };

  it("writes dates as YYYY-MM-DD, numbers as digits and neutralises every text cell", () => {
    expect(csvRecord(row)).toEqual({
      reference: "AZ-KZ-2025-ENE-01",
      title: "'+cmd|' /C calc'!A0",
      area: "energy",
      instrument_type: "agreement",
      status: "at_risk",
      progress: "45",
      signed_date: "2025-10-22",
      target_date: "",
      lead_organization: "SOCAR",
      parties: "SOCAR; Samruk-Kazyna",
      summary: "'@SUM(1)",
      worst_severity: "high",
      next_milestone_due: "2027-03-31",
      milestone_owners: "Aigerim Nurlanova",
      last_update_at: "2026-11-02",
      last_update_by: "'-Dana",
      latest_note: `'=HYPERLINK("http://example.invalid","x")`,
    });
  });
});
