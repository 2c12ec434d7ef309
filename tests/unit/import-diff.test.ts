import { describe, expect, it } from "vitest";
import { currentValues, diffFields, rowValues } from "@/lib/domain/import-diff";
import type { ImportRow } from "@/lib/validations/import";

const current = {
  title: "Joint energy market research",
  area: "energy",
  instrumentType: "memorandum",
  status: "at_risk",
  progress: 30,
  signedDate: new Date("2025-10-22T00:00:00Z"),
  targetDate: null,
  summary: "",
  lead: "Ministry of Energy (KZ)",
  parties: ["SOCAR", "Ministry of Energy (KZ)", "KMG"],
};
const row: ImportRow = {
  row: 2,
  reference: "AZ-KZ-2025-ENE-02",
  title: "Joint energy market research",
  area: "energy",
  instrument_type: "memorandum",
  status: "at_risk",
  progress: 30,
  signed_date: "2025-10-22",
  target_date: null,
  lead_organization: "Ministry of Energy (KZ)",
  // Order and the lead's presence do not matter: parties always include the lead.
  parties: ["KMG", "SOCAR"],
  summary: "",
};

describe("import diff", () => {
  it("finds no change when the row says what the database holds", () => {
    expect(diffFields(currentValues(current), rowValues(row))).toEqual([]);
  });

  it("lists each changed field with its old and new text, in a fixed order", () => {
    const changes = diffFields(
      currentValues(current),
      rowValues({ ...row, status: "delayed", progress: 35, target_date: "2027-03-31", parties: ["SOCAR"], title: "Research" }),
    );
    expect(changes).toEqual([
      { field: "title", before: "Joint energy market research", after: "Research" },
      { field: "status", before: "at_risk", after: "delayed" },
      { field: "progress", before: "30", after: "35" },
      { field: "target_date", before: "", after: "2027-03-31" },
      { field: "parties", before: "KMG; Ministry of Energy (KZ); SOCAR", after: "Ministry of Energy (KZ); SOCAR" },
    ]);
  });
});
