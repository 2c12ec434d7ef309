import type { AgreementStatus, Severity } from "./vocabulary";

export type HistoryEntry = {
  createdAt: Date;
  statusAfter: string;
  progressAfter: number;
  note: string;
  /** The assessment of every challenge at that moment (a snapshot). */
  assessments: readonly { challengeId: string; severity: string; note: string; mitigation: string }[];
};

export type StateAsOf = {
  status: AgreementStatus;
  progress: number;
  note: string;
  updatedAt: Date;
  assessments: ReadonlyMap<string, { severity: Severity; note: string; mitigation: string }>;
};

/**
 * An agreement's state as it stood at the end of `asOf`: its latest update made at or before that
 * moment. Null when nothing had been recorded yet. History is append-only, so this is exact.
 */
export function stateAsOf(history: readonly HistoryEntry[], asOf: Date): StateAsOf | null {
  let latest: HistoryEntry | null = null;
  for (const entry of history) {
    if (entry.createdAt.getTime() > asOf.getTime()) continue;
    // Ties keep the later entry in the given order (history is loaded oldest first).
    if (!latest || entry.createdAt.getTime() >= latest.createdAt.getTime()) latest = entry;
  }
  if (!latest) return null;
  return {
    status: latest.statusAfter as AgreementStatus,
    progress: latest.progressAfter,
    note: latest.note,
    updatedAt: latest.createdAt,
    assessments: new Map(
      latest.assessments.map((a) => [
        a.challengeId,
        { severity: a.severity as Severity, note: a.note, mitigation: a.mitigation },
      ]),
    ),
  };
}

/** End of a calendar day in UTC: "as of 2026-03-01" includes everything recorded that day. */
export function endOfUtcDay(isoDay: string): Date {
  return new Date(`${isoDay}T23:59:59.999Z`);
}
