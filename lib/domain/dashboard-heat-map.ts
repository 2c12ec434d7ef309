// The dashboard's heat map (area x challenge): the worst current severity and how many agreements
// are at least `low`, reduced from counts the database groups. Pure, so unit-tested.
import { SEVERITIES, type Severity } from "./vocabulary";

/** Current assessments of one area counted by (challenge, severity): what lib/data reads. */
export type HeatGroup = { challengeId: string; severity: string; count: number };

export type HeatCell = {
  challengeId: string;
  /** Worst current severity among the area's agreements; null when none is assessed. */
  worst: Severity | null;
  /** Agreements of the area assessed `low` or worse on the challenge (what the cell links to). */
  count: number;
};

/**
 * Reduces, per area, the (challenge, severity) counts of current assessments into cells. An
 * agreement has at most one current assessment per challenge, so assessment counts are agreement
 * counts.
 */
export function heatRow(challengeIds: readonly string[], groups: readonly HeatGroup[]): HeatCell[] {
  return challengeIds.map((challengeId) => {
    let worstIndex = -1;
    let count = 0;
    for (const g of groups) {
      if (g.challengeId !== challengeId || g.count === 0) continue;
      const index = SEVERITIES.indexOf(g.severity as Severity);
      if (index < 0) continue;
      worstIndex = Math.max(worstIndex, index);
      if (index >= 1) count += g.count;
    }
    return { challengeId, worst: worstIndex < 0 ? null : SEVERITIES[worstIndex], count };
  });
}
