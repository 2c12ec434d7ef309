// The dashboard's kept counts (lib/data/dashboard-tally.ts writes them, lib/data/dashboard-tallied.ts
// reads them): what one agreement adds to them, and how a period before a day is read from them.
// Pure, so the incremental path and the full rebuild share one definition.
import { startOfUtcDay } from "./rollups";
import { COUNTRIES } from "./vocabulary";

/**
 * What each kind counts, per agreement not archived (an archived one adds nothing):
 * - S: the agreement, by status (`a`), with its progress in `sum` (the portfolio summary);
 * - L: the agreement, by status (`a`), on the day of its latest update, or undated without one
 *   (stale; and, dated, the trend's present);
 * - N: the agreement on the day its earliest open milestone is due (overdue agreements);
 * - M: its open milestones, on the day each is due (overdue and due soon milestones);
 * - H: its current assessments, by challenge (`a`) and severity (`b`) (the heat map);
 * - C: its status changes, netted per day and status (`a`): +1 entering, -1 leaving (the trend);
 * - F: the agreement on the day of its first update (where the trend starts).
 */
export const TALLY_KINDS = ["S", "L", "N", "M", "H", "C", "F"] as const;
export type TallyKind = (typeof TALLY_KINDS)[number];

/** A fact of one agreement: [kind, day ("YYYY-MM-DD", or "" undated), a, b, n, sum]. */
export type TallyFact = [kind: TallyKind, day: string, a: string, b: string, n: number, sum: number];

/** One agreement's share of the counts, kept with it so that a change can take back the old share. */
export type Contribution = { visitId: string; area: string; side: string; facts: TallyFact[] };

/**
 * Each fact is kept twice: on its agreement's visit, area and sides, and on the whole portfolio's
 * row (visit, area and side all "*"), which the dashboard's unscoped view, the most read, sums alone.
 */
export const ALL = "*";

/** An agreement's sides as one value: its organizations' countries, sorted, joined by ",". */
export const sideKey = (countries: readonly string[]) => [...new Set(countries)].sort().join(",");

/** Every side key an agreement may have ("" for one without organizations of a known country). */
export const SIDE_KEYS: readonly string[] = Array.from({ length: 1 << COUNTRIES.length }, (_, mask) => sideKey(COUNTRIES.filter((_, i) => mask & (1 << i))));

/** The side keys of agreements with an organization of this country (the table's side filter). */
export const sideKeysWith = (country: string) => SIDE_KEYS.filter((key) => key.split(",").includes(country));

/**
 * The grain of a dated row: the same fact is kept on its year, its month and its day, so that
 * "before a day" is a few years, up to eleven months and up to thirty days, whatever the history's
 * length. The trend's kinds (C, F) are read day by day and kept on the day only.
 */
export type Grain = "" | "y" | "m" | "d";
const GRAINS_OF: Record<TallyKind, Grain[]> = { S: [""], H: [""], L: ["y", "m", "d"], N: ["y", "m", "d"], M: ["y", "m", "d"], C: ["d"], F: ["d"] };

export type TallyRow = { kind: TallyKind; grain: Grain; visitId: string; area: string; side: string; period: string; a: string; b: string; n: number; sum: number };

export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

export type AgreementState = {
  visitId: string;
  area: string;
  archived: boolean;
  status: string;
  progress: number;
  lastUpdateAt: Date | null;
  nextMilestoneDue: Date | null;
  /** The countries of its lead organization and parties. */
  countries: readonly string[];
  openMilestoneDues: readonly Date[];
  assessments: readonly { challengeId: string; severity: string }[];
  /** Its status updates, in any order. */
  updates: readonly { createdAt: Date; statusBefore: string | null; statusAfter: string }[];
};

/** The agreement's share of the counts (see TALLY_KINDS). */
export function contributionOf(state: AgreementState): Contribution {
  const base = { visitId: state.visitId, area: state.area, side: sideKey(state.countries) };
  if (state.archived) return { ...base, facts: [] };
  const facts: TallyFact[] = [
    ["S", "", state.status, "", 1, state.progress],
    ["L", state.lastUpdateAt ? dayOf(state.lastUpdateAt) : "", state.status, "", 1, 0],
  ];
  if (state.nextMilestoneDue) facts.push(["N", dayOf(state.nextMilestoneDue), "", "", 1, 0]);
  const add = (kind: TallyKind, day: string, a: string, b: string, n: number) => {
    const same = facts.find((f) => f[0] === kind && f[1] === day && f[2] === a && f[3] === b);
    if (same) same[4] += n;
    else facts.push([kind, day, a, b, n, 0]);
  };
  for (const due of state.openMilestoneDues) add("M", dayOf(due), "", "", 1);
  for (const x of state.assessments) add("H", "", x.challengeId, x.severity, 1);
  let first: Date | null = null;
  for (const u of state.updates) {
    if (!first || u.createdAt < first) first = u.createdAt;
    // Updates that only moved the progress do not move the trend.
    if (u.statusBefore === u.statusAfter) continue;
    add("C", dayOf(u.createdAt), u.statusAfter, "", 1);
    if (u.statusBefore !== null) add("C", dayOf(u.createdAt), u.statusBefore, "", -1);
  }
  if (first) facts.push(["F", dayOf(first), "", "", 1, 0]);
  return { ...base, facts: facts.filter((f) => f[4] !== 0 || f[5] !== 0) };
}

/**
 * Whether the dashboard's scope holds the agreement whose share this is: not archived (an archived
 * one has no facts), of the scope's visit and one of its areas, with an organization of its side.
 * agreementWhere's rule for the same filters, read from the share (tests/unit/dashboard-tally.test.ts).
 */
export function shareInScope(share: Contribution, scope: { visit?: string; area: readonly string[]; side?: string }): boolean {
  return (
    share.facts.length > 0 &&
    (!scope.visit || share.visitId === scope.visit) &&
    (!scope.area.length || scope.area.includes(share.area)) &&
    (!scope.side || share.side.split(",").includes(scope.side))
  );
}

const periodOf = (day: string, grain: Grain) => (grain === "y" ? day.slice(0, 4) : grain === "m" ? day.slice(0, 7) : day);

/** The rows one agreement's share adds to (sign 1) or takes from (sign -1), on every grain, its own and the whole portfolio's. */
export function expand(contribution: Contribution, sign: 1 | -1): TallyRow[] {
  const rows: TallyRow[] = [];
  const places = [
    { visitId: contribution.visitId, area: contribution.area, side: contribution.side },
    { visitId: ALL, area: ALL, side: ALL },
  ];
  for (const [kind, day, a, b, n, sum] of contribution.facts) {
    const grains = day === "" ? [""] : GRAINS_OF[kind];
    for (const grain of grains as Grain[]) {
      const period = day === "" ? "" : periodOf(day, grain);
      for (const place of places) rows.push({ kind, grain, ...place, period, a, b, n: sign * n, sum: sign * sum });
    }
  }
  return rows;
}

export const rowKey = (r: Omit<TallyRow, "n" | "sum">) => [r.kind, r.grain, r.visitId, r.area, r.side, r.period, r.a, r.b].join("\u0000");

/** Adds rows into a running total by key (the rebuild's and a change's), dropping those that net to nothing. */
export function accumulate(into: Map<string, TallyRow>, rows: readonly TallyRow[]): void {
  for (const r of rows) {
    const key = rowKey(r);
    const had = into.get(key);
    if (!had) into.set(key, { ...r });
    else {
      had.n += r.n;
      had.sum += r.sum;
    }
  }
}

export const netted = (rows: Map<string, TallyRow>): TallyRow[] => [...rows.values()].filter((r) => r.n !== 0 || r.sum !== 0);

/**
 * The dated rows that together cover every day before `day` once: the years before its year, the
 * months of its year before its month, the days of its month before it.
 */
export function periodsBefore(day: Date): { grain: Grain; from: string; until: string }[] {
  const d = dayOf(startOfUtcDay(day));
  const year = d.slice(0, 4);
  const month = d.slice(0, 7);
  return [
    { grain: "y", from: "", until: year },
    { grain: "m", from: `${year}-01`, until: month },
    { grain: "d", from: `${month}-01`, until: d },
  ];
}
