import { describe, expect, it } from "vitest";
import { areaTotal, createReportAccumulator, daysOverdue, statusTotal, type ReportAgreement } from "@/lib/domain/status-report";
import { parseReportParams, reportParamsToSearch } from "@/lib/url-state/status-report-params";
import type { AgreementStatus, Area, Severity } from "@/lib/domain/vocabulary";

const agreement = (
  reference: string,
  area: Area,
  status: AgreementStatus,
  severities: Record<string, Severity> = {},
): ReportAgreement => ({
  reference,
  title: reference,
  area,
  lead: "Lead",
  status,
  progress: 10,
  note: "",
  noteAt: null,
  severities: new Map(Object.entries(severities)),
});

describe("status report model", () => {
  const agreements = [
    agreement("E-2", "energy", "at_risk", { c1: "medium", c2: "low" }),
    agreement("E-1", "energy", "delayed", { c1: "high" }),
    agreement("T-1", "transport", "on_track", { c1: "critical", c2: "none" }),
    agreement("T-2", "transport", "at_risk", {}),
  ];

  const build = (limit?: number) => {
    const acc = createReportAccumulator(["c1", "c2"], limit);
    for (const a of [...agreements].sort((x, y) => x.reference.localeCompare(y.reference))) acc.add(a);
    return acc.result();
  };

  it("counts agreements by area and status, with totals both ways", () => {
    const { counts, total } = build();
    expect(total).toBe(4);
    expect(counts.energy).toMatchObject({ at_risk: 1, delayed: 1, on_track: 0 });
    expect(counts.transport).toMatchObject({ on_track: 1, at_risk: 1 });
    expect(areaTotal(counts, "energy")).toBe(2);
    expect(areaTotal(counts, "youth")).toBe(0);
    expect(statusTotal(counts, "at_risk")).toBe(2);
  });

  it("takes the worst severity per area and challenge; missing assessments count as none", () => {
    const { heatMap } = build();
    expect(heatMap.energy).toEqual({ c1: "high", c2: "low" });
    expect(heatMap.transport).toEqual({ c1: "critical", c2: "none" });
    expect(heatMap.culture).toEqual({ c1: null, c2: null });
  });

  it("lists delayed before at-risk agreements, each by reference", () => {
    expect(build().atRisk.rows.map((a) => a.reference)).toEqual(["E-1", "E-2", "T-2"]);
  });

  it("caps the list but keeps the full count", () => {
    const { atRisk } = build(2);
    expect(atRisk.total).toBe(3);
    expect(atRisk.rows.map((a) => a.reference)).toEqual(["E-1", "E-2"]);
  });

  it("counts whole days overdue at the report date", () => {
    expect(daysOverdue(new Date("2026-01-31T00:00:00Z"), "2026-03-01")).toBe(29);
    expect(daysOverdue(new Date("2026-03-01T00:00:00Z"), "2026-03-01")).toBe(0);
  });
});

describe("parseReportParams", () => {
  const now = new Date("2026-11-28T15:00:00Z");

  it("defaults to today and 30 days before", () => {
    expect(parseReportParams({}, now)).toMatchObject({ asOf: "2026-11-28", since: "2026-10-29" });
  });

  it("keeps valid past dates", () => {
    expect(parseReportParams({ asOf: "2026-03-01", since: "2026-01-01" }, now)).toMatchObject({ asOf: "2026-03-01", since: "2026-01-01" });
  });

  it("clamps a future asOf to today and falls back on junk or impossible dates", () => {
    expect(parseReportParams({ asOf: "2099-01-01" }, now).asOf).toBe("2026-11-28");
    expect(parseReportParams({ asOf: "2026-02-30" }, now).asOf).toBe("2026-11-28");
    expect(parseReportParams({ asOf: "yesterday", since: "<script>" }, now)).toMatchObject({ asOf: "2026-11-28", since: "2026-10-29" });
  });

  it("needs since before asOf, else 30 days before asOf", () => {
    expect(parseReportParams({ asOf: "2026-03-01", since: "2026-03-05" }, now).since).toBe("2026-01-30");
  });

  it("keeps only the scope filters of the table query and round-trips them", () => {
    const params = parseReportParams(new URLSearchParams("asOf=2026-03-01&since=2026-02-01&area=energy,transport&side=KZ&q=x&status=delayed"), now);
    expect(params.scope).toMatchObject({ area: ["energy", "transport"], side: "KZ", q: "", status: [] });
    expect(reportParamsToSearch(params).toString()).toBe("asOf=2026-03-01&since=2026-02-01&area=energy%2Ctransport&side=KZ");
  });
});
