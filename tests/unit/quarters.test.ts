import { describe, expect, it } from "vitest";
import { quarterRange } from "@/lib/domain/quarters";

const at = (iso: string) => new Date(iso);

describe("quarterRange", () => {
  it("gives the quarter holding the day, first to last day", () => {
    expect(quarterRange(at("2026-11-29T10:00:00Z"))).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(quarterRange(at("2026-01-01T00:00:00Z"))).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(quarterRange(at("2026-06-30T23:59:59.999Z"))).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(quarterRange(at("2026-08-15T12:00:00Z"))).toEqual({ from: "2026-07-01", to: "2026-09-30" });
  });

  it("counts in UTC, as due dates are kept", () => {
    // 1 October 01:00 in Baku (UTC+4) is still 30 September in UTC.
    expect(quarterRange(at("2026-10-01T01:00:00+04:00"))).toEqual({ from: "2026-07-01", to: "2026-09-30" });
  });

  it("steps into the next and previous years", () => {
    expect(quarterRange(at("2026-11-29T10:00:00Z"), 1)).toEqual({ from: "2027-01-01", to: "2027-03-31" });
    expect(quarterRange(at("2026-02-10T10:00:00Z"), -1)).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(quarterRange(at("2026-11-29T10:00:00Z"), 5)).toEqual({ from: "2028-01-01", to: "2028-03-31" });
  });
});
