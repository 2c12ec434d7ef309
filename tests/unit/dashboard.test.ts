import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  dueSoonWindow,
  isStale,
  summarizePortfolio,
  statusTrendBackFrom,
  trendWeekEnds,
  zeroByStatus,
  type StatusChange,
} from "@/lib/domain/dashboard";
import { heatRow } from "@/lib/domain/dashboard-heat-map";
import { heatCellHref, parseDashboardScope, tableHref } from "@/lib/url-state/dashboard-scope";
import { stateAsOf } from "@/lib/domain/as-of";
import { AGREEMENT_STATUSES } from "@/lib/domain/vocabulary";
import { parseAgreementQuery } from "@/lib/url-state/agreement-query";

const at = (iso: string) => new Date(iso);

describe("parseDashboardScope", () => {
  it("reads visit, areas and side with the table's parser, and drops everything else", () => {
    const scope = parseDashboardScope({ visit: "ckvisit123", area: "energy,transport", side: "KZ", status: "delayed", page: "4" });
    expect(scope).toEqual({ visit: "ckvisit123", area: ["energy", "transport"], side: "KZ" });
  });

  it("falls back to the whole portfolio on junk", () => {
    expect(parseDashboardScope({ visit: "'; DROP", area: "atlantis", side: "RU" })).toEqual({
      visit: undefined,
      area: [],
      side: undefined,
    });
    expect(parseDashboardScope({ visit: "", side: "" })).toEqual({ visit: undefined, area: [], side: undefined });
  });
});

describe("links to the table", () => {
  const scope = parseDashboardScope({ visit: "ckvisit123", area: "energy,digital", side: "AZ" });

  it("carry the scope and read back as the same filters", () => {
    const href = tableHref(scope, { status: ["at_risk"] });
    expect(href.startsWith("/agreements?")).toBe(true);
    const query = parseAgreementQuery(new URLSearchParams(href.split("?")[1]));
    expect(query).toMatchObject({ visit: "ckvisit123", area: ["energy", "digital"], side: "AZ", status: ["at_risk"] });
    expect(query.archived).toBeUndefined();
  });

  it("make a heat-map cell mean one area and one challenge at low or worse", () => {
    const query = parseAgreementQuery(new URLSearchParams(heatCellHref(scope, "digital", "chal0001").split("?")[1]));
    expect(query).toMatchObject({ area: ["digital"], challenge: "chal0001", minSeverity: "low", visit: "ckvisit123", side: "AZ" });
  });

  it("is the bare table for the unscoped portfolio", () => {
    expect(tableHref(parseDashboardScope({}))).toBe("/agreements");
  });
});

describe("summarizePortfolio", () => {
  it("totals statuses and areas from (area, status) groups and averages progress", () => {
    const summary = summarizePortfolio([
      { area: "energy", status: "on_track", count: 2, progressSum: 90 },
      { area: "energy", status: "delayed", count: 1, progressSum: 10 },
      { area: "youth", status: "on_track", count: 1, progressSum: 0 },
    ]);
    expect(summary.total).toBe(4);
    expect(summary.averageProgress).toBe(25);
    expect(summary.byStatus).toMatchObject({ on_track: 3, delayed: 1, at_risk: 0, completed: 0 });
    expect(summary.byArea.energy).toEqual({ count: 3, averageProgress: 33 });
    expect(summary.byArea.youth).toEqual({ count: 1, averageProgress: 0 });
    expect(summary.byArea.culture).toEqual({ count: 0, averageProgress: null });
  });

  it("has no average for an empty portfolio", () => {
    expect(summarizePortfolio([]).averageProgress).toBeNull();
  });
});

describe("heatRow", () => {
  it("takes the worst severity and counts agreements at low or worse, per challenge", () => {
    const cells = heatRow(
      ["c1", "c2", "c3"],
      [
        { challengeId: "c1", severity: "none", count: 4 },
        { challengeId: "c1", severity: "low", count: 2 },
        { challengeId: "c1", severity: "high", count: 1 },
        { challengeId: "c2", severity: "none", count: 3 },
        { challengeId: "other", severity: "critical", count: 9 },
      ],
    );
    expect(cells).toEqual([
      { challengeId: "c1", worst: "high", count: 3 },
      { challengeId: "c2", worst: "none", count: 0 },
      { challengeId: "c3", worst: null, count: 0 },
    ]);
  });
});

describe("trendWeekEnds", () => {
  const now = at("2026-11-28T10:00:00Z");

  it("gives 26 weekly points ending today at midnight UTC when history is long", () => {
    const ends = trendWeekEnds(now, at("2020-01-01T00:00:00Z"));
    expect(ends).toHaveLength(26);
    expect(ends.at(-1)?.toISOString()).toBe("2026-11-28T23:59:59.999Z");
    expect(ends[0].toISOString()).toBe("2026-06-06T23:59:59.999Z");
  });

  it("starts at the first week end on or after the earliest update", () => {
    const ends = trendWeekEnds(now, at("2026-11-10T12:00:00Z"));
    expect(ends.map((d) => d.toISOString().slice(0, 10))).toEqual(["2026-11-14", "2026-11-21", "2026-11-28"]);
  });

  it("always has today, even without history", () => {
    expect(trendWeekEnds(now, null)).toHaveLength(26);
    expect(trendWeekEnds(now, at("2026-11-28T09:00:00Z"))).toHaveLength(1);
  });
});

describe("statusTrendBackFrom", () => {
  const counts = (partial: Partial<ReturnType<typeof zeroByStatus>>) => ({ ...zeroByStatus(), ...partial });
  // Histories as lib/data writes them: each update records the status it replaced (null first).
  const a1: StatusChange = { createdAt: at("2026-01-01T00:00:00Z"), statusBefore: null, statusAfter: "not_started" };
  const b1: StatusChange = { createdAt: at("2026-01-02T00:00:00Z"), statusBefore: null, statusAfter: "on_track" };
  const a2: StatusChange = { createdAt: at("2026-01-09T00:00:00Z"), statusBefore: "not_started", statusAfter: "at_risk" };
  const a3: StatusChange = { createdAt: at("2026-01-10T00:00:00Z"), statusBefore: "at_risk", statusAfter: "delayed" };
  const c1: StatusChange = { createdAt: at("2026-01-20T00:00:00Z"), statusBefore: null, statusAfter: "completed" };
  const now = counts({ on_track: 1, delayed: 1, completed: 1 });
  const ends = [at("2026-01-05T00:00:00Z"), at("2026-01-12T00:00:00Z"), at("2026-01-19T00:00:00Z")];

  it("counts each agreement in its status at each week end, from the present backwards", () => {
    const points = statusTrendBackFrom(now, [a1, b1, a2, a3, c1], ends);
    expect(points.map((p) => p.weekEnd)).toEqual(ends);
    expect(points.map((p) => p.counts)).toEqual([
      counts({ not_started: 1, on_track: 1 }),
      counts({ on_track: 1, delayed: 1 }),
      counts({ on_track: 1, delayed: 1 }),
    ]);
  });

  it("needs only the changes after the first week end, in any order", () => {
    expect(statusTrendBackFrom(now, [c1, a3, a2], ends)).toEqual(statusTrendBackFrom(now, [a1, b1, a2, a3, c1], ends));
  });

  it("takes a change the database counted n times as n updates", () => {
    const two = counts({ delayed: 2 });
    expect(statusTrendBackFrom(two, [{ ...a3, count: 2 }], ends)).toEqual(statusTrendBackFrom(two, [a3, a3], ends));
    expect(statusTrendBackFrom(two, [{ ...a3, count: 2 }], ends)[0].counts).toEqual(counts({ at_risk: 2 }));
  });

  it("counts an update made exactly at a week end in that week", () => {
    const end = at("2026-01-05T23:59:59.999Z");
    const [point] = statusTrendBackFrom(counts({ on_track: 1 }), [{ createdAt: end, statusBefore: null, statusAfter: "on_track" }], [end]);
    expect(point.counts.on_track).toBe(1);
  });

  it("agrees with stateAsOf, agreement by agreement, for any history lib/data can write", () => {
    const status = fc.constantFrom(...AGREEMENT_STATUSES);
    const ids = ["a", "b", "c", "d"] as const;
    const today = new Date(Date.UTC(2026, 2, 5, 12));
    // Per agreement, updates on days 0-63 (the last is today); the statuses they set, in order.
    const history = fc.array(fc.record({ day: fc.integer({ min: 0, max: 63 }), status }), { maxLength: 10 });
    fc.assert(
      fc.property(fc.tuple(history, history, history, history), (histories) => {
        const written = ids.map((id, i) => {
          let before: string | null = null;
          return [...histories[i]]
            .sort((x, y) => x.day - y.day)
            .map((u) => {
              const entry = { agreementId: id, createdAt: new Date(Date.UTC(2026, 0, 1) + u.day * 86_400_000), statusBefore: before, statusAfter: u.status };
              before = u.status;
              return entry;
            });
        });
        const all = written.flat();
        const current = zeroByStatus();
        for (const updates of written) if (updates.length) current[updates[updates.length - 1].statusAfter]++;
        const earliest = all.reduce<Date | null>((m, u) => (!m || u.createdAt < m ? u.createdAt : m), null);
        const weekEnds = trendWeekEnds(today, earliest, 12);
        const points = statusTrendBackFrom(current, all, weekEnds);
        for (const point of points) {
          const expected = zeroByStatus();
          for (const updates of written) {
            const state = stateAsOf(
              updates.map((u) => ({ ...u, progressAfter: 0, note: "", assessments: [] })),
              point.weekEnd,
            );
            if (state) expected[state.status]++;
          }
          expect(point.counts).toEqual(expected);
        }
      }),
    );
  });
});

describe("isStale and dueSoonWindow", () => {
  const now = at("2026-11-28T10:00:00Z");

  it("flags unfinished agreements with no update for more than N days", () => {
    expect(isStale({ status: "on_track", lastUpdateAt: at("2026-10-28T09:59:59Z") }, now, 31)).toBe(true);
    expect(isStale({ status: "on_track", lastUpdateAt: at("2026-10-28T10:00:00Z") }, now, 31)).toBe(false);
    expect(isStale({ status: "not_started", lastUpdateAt: null }, now, 30)).toBe(true);
    expect(isStale({ status: "completed", lastUpdateAt: null }, now, 30)).toBe(false);
    expect(isStale({ status: "suspended", lastUpdateAt: at("2020-01-01T00:00:00Z") }, now, 30)).toBe(false);
  });

  it("covers today through 30 days ahead, in whole UTC days", () => {
    const { from, until } = dueSoonWindow(now);
    expect(from.toISOString()).toBe("2026-11-28T00:00:00.000Z");
    expect(until.toISOString()).toBe("2026-12-29T00:00:00.000Z");
  });
});
