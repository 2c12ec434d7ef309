import { describe, expect, it } from "vitest";
import { milestoneCompleteSchema, milestoneCreateSchema, statusUpdateSchema } from "@/lib/validations/tracking";

const valid = {
  agreementId: "cmabc123def456",
  version: 3,
  status: "at_risk",
  progress: "35",
  note: "Ferry capacity short",
  assessments: [{ challengeId: "cmchal0001", severity: "high", note: "", mitigation: "" }],
};

const fields = (input: unknown) => {
  const r = statusUpdateSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("statusUpdateSchema", () => {
  it("accepts a valid update and coerces progress", () => {
    const r = statusUpdateSchema.parse(valid);
    expect(r.progress).toBe(35);
  });
  it.each([
    [{ progress: "101" }, "progress:validation.progress"],
    [{ progress: "-1" }, "progress:validation.progress"],
    [{ progress: "12.5" }, "progress:validation.progress"],
    [{ status: "finished" }, "status:validation.status"],
    [{ note: "x".repeat(2001) }, "note:validation.tooLong"],
    [{ assessments: [{ challengeId: "cmchal0001", severity: "extreme", note: "", mitigation: "" }] }, "assessments.0.severity:validation.severity"],
    [{ agreementId: "../../etc" }, "agreementId:validation.invalidId"],
  ])("refuses %j", (change, expected) => {
    expect(fields({ ...valid, ...change })).toContain(expected);
  });
});

describe("milestone schemas", () => {
  it("refuses malformed and impossible dates", () => {
    for (const dueDate of ["2026-02-30", "31/12/2026", "2026-1-5", "", "3026-01-01"]) {
      expect(milestoneCreateSchema.safeParse({ agreementId: "cmabc123def456", title: "x", dueDate }).success, dueDate).toBe(false);
    }
    expect(milestoneCreateSchema.safeParse({ agreementId: "cmabc123def456", title: "x", dueDate: "2026-02-28" }).success).toBe(true);
  });
  it("requires evidence to complete", () => {
    const r = milestoneCompleteSchema.safeParse({ agreementId: "cmabc123def456", milestoneId: "cmmile00001", version: 1, doneDate: "2026-01-01", evidence: "  " });
    expect(r.success).toBe(false);
  });
});
