// What one agreement adds to the dashboard's kept counts, and how "before a day" is read from their
// years, months and days (lib/domain/dashboard-tally.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accumulate, ALL, contributionOf, netted, SIDE_KEYS, sideKey, sideKeysWith, expand, periodsBefore, type AgreementState, type TallyRow } from "@/lib/domain/dashboard-tally";

const DAY = 86_400_000;
const day = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2031, 11, 31) }).map((t) => new Date(t));

const state = (over: Partial<AgreementState> = {}): AgreementState => ({
  visitId: "v1",
  area: "energy",
  archived: false,
  status: "on_track",
  progress: 40,
  lastUpdateAt: new Date("2026-10-20T09:00:00Z"),
  nextMilestoneDue: new Date("2026-11-10T00:00:00Z"),
  countries: ["AZ", "KZ", "AZ"],
  openMilestoneDues: [new Date("2026-11-10T00:00:00Z"), new Date("2026-11-10T00:00:00Z"), new Date("2027-02-01T00:00:00Z")],
  assessments: [{ challengeId: "c1", severity: "high" }],
  updates: [
    { createdAt: new Date("2026-01-05T10:00:00Z"), statusBefore: null, statusAfter: "not_started" },
    { createdAt: new Date("2026-10-20T09:00:00Z"), statusBefore: "not_started", statusAfter: "on_track" },
    { createdAt: new Date("2026-10-20T15:00:00Z"), statusBefore: "on_track", statusAfter: "on_track" },
  ],
  ...over,
});

/** The rows of the whole portfolio's roll-up that a reading of "before `d`" sums. */
const before = (rows: TallyRow[], d: Date) =>
  rows
    .filter((r) => r.visitId === ALL && r.area === ALL && r.side === ALL)
    .filter((r) => periodsBefore(d).some((p) => p.grain === r.grain && r.period >= p.from && r.period < p.until))
    .reduce((n, r) => n + r.n, 0);

describe("the dashboard's kept counts of one agreement", () => {
  it("counts a dated fact before a day exactly once when it falls on an earlier day, never otherwise", () => {
    fc.assert(
      fc.property(day, day, (due, reading) => {
        const rows = expand(contributionOf(state({ openMilestoneDues: [due], nextMilestoneDue: due })), 1).filter((r) => r.kind === "M");
        const earlier = Math.floor(due.getTime() / DAY) < Math.floor(reading.getTime() / DAY);
        expect(before(rows, reading)).toBe(earlier ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps each fact on its own visit, area and sides, and on the whole portfolio's row", () => {
    const rows = expand(contributionOf(state()), 1).filter((r) => r.kind === "S");
    expect(rows.map((r) => [r.visitId, r.area, r.side])).toEqual([
      ["v1", "energy", "AZ,KZ"],
      [ALL, ALL, ALL],
    ]);
    expect(rows.every((r) => r.n === 1 && r.sum === 40 && r.a === "on_track")).toBe(true);
  });

  it("names every side an agreement may have, and finds each country's", () => {
    expect(SIDE_KEYS).toHaveLength(8);
    expect(new Set(SIDE_KEYS).size).toBe(8);
    expect(sideKeysWith("AZ")).toEqual(expect.arrayContaining(["AZ", "AZ,KZ", "AZ,OTHER", "AZ,KZ,OTHER"]));
    expect(sideKeysWith("AZ")).toHaveLength(4);
    expect(SIDE_KEYS).toContain(sideKey(["OTHER", "KZ", "KZ"]));
  });

  it("nets the status changes per day, leaves progress-only updates out, and starts the trend at the first update", () => {
    const facts = contributionOf(state()).facts;
    expect(facts.filter((f) => f[0] === "C")).toEqual([
      ["C", "2026-01-05", "not_started", "", 1, 0],
      // On 20 October: into on_track, out of not_started (the later progress-only update adds nothing).
      ["C", "2026-10-20", "on_track", "", 1, 0],
      ["C", "2026-10-20", "not_started", "", -1, 0],
    ]);
    expect(facts.filter((f) => f[0] === "F")).toEqual([["F", "2026-01-05", "", "", 1, 0]]);
    expect(facts.filter((f) => f[0] === "M")).toEqual([
      ["M", "2026-11-10", "", "", 2, 0],
      ["M", "2027-02-01", "", "", 1, 0],
    ]);
  });

  it("adds nothing for an archived agreement, and takes back exactly what it added", () => {
    expect(contributionOf(state({ archived: true })).facts).toEqual([]);
    const share = contributionOf(state());
    const total = new Map<string, TallyRow>();
    accumulate(total, expand(share, 1));
    expect(netted(total)).toHaveLength(36);
    accumulate(total, expand(share, -1));
    expect(netted(total)).toEqual([]);
  });
});
