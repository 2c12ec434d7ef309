import {
  AGREEMENT_STATUSES,
  AREAS,
  SEVERITIES,
  type AgreementStatus,
  type Area,
  type Severity,
  type Side,
} from "./vocabulary";

/** One status update as the lists show it (dashboard, agreement sheet). */
export type UpdateSummary = {
  createdAt: Date;
  author: string | null;
  statusBefore: string | null;
  statusAfter: string;
  progressBefore: number | null;
  progressAfter: number;
  note: string;
};

/** One agreement as it stood on the report's "as of" date. */
export type ReportAgreement = {
  reference: string;
  title: string;
  area: Area;
  lead: string;
  status: AgreementStatus;
  progress: number;
  /** The note of the latest update at or before the date, and when it was made. */
  note: string;
  noteAt: Date | null;
  /** Severity per challenge id, from that update's assessment snapshot. */
  severities: ReadonlyMap<string, Severity>;
};

export type AreaStatusCounts = Record<Area, Record<AgreementStatus, number>>;

export type OverdueMilestone = {
  reference: string;
  agreementTitle: string;
  title: string;
  dueDate: Date;
  /** Done after the report date (then it was still open on that date), else null. */
  doneDate: Date | null;
  daysOverdue: number;
};

export type ReportChange = {
  at: Date;
  reference: string;
  title: string;
  author: string | null;
  statusBefore: AgreementStatus | null;
  statusAfter: AgreementStatus;
  progressBefore: number | null;
  progressAfter: number;
  note: string;
};

/** A document added in the report's period (restricted ones are never in reports). */
export type ReportEvidence = { at: Date; reference: string; name: string; uploadedBy: string; size: number };

/** A list cut to a readable length, with the full count. */
export type Capped<T> = { rows: T[]; total: number };

export type StatusReport = {
  asOf: string;
  since: string;
  generatedAt: Date;
  visits: { title: string; place: string; startDate: Date; endDate: Date }[];
  scope: { visit: string | null; areas: Area[]; side: Side | null };
  total: number;
  counts: AreaStatusCounts;
  challenges: { id: string; name: string }[];
  /** Worst severity per area and challenge id; null where the area has no agreement. */
  heatMap: Record<Area, Record<string, Severity | null>>;
  atRisk: Capped<ReportAgreement>;
  overdue: Capped<OverdueMilestone>;
  changes: Capped<ReportChange>;
  evidence: Capped<ReportEvidence>;
};

/** Long lists are cut here in the PDF and the page: a report for a meeting, not a data dump. */
export const REPORT_LIST_LIMIT = 500;

export function areaTotal(counts: AreaStatusCounts, area: Area): number {
  return AGREEMENT_STATUSES.reduce((sum, s) => sum + counts[area][s], 0);
}

export function statusTotal(counts: AreaStatusCounts, status: AgreementStatus): number {
  return AREAS.reduce((sum, area) => sum + counts[area][status], 0);
}

/**
 * Builds the report's figures one agreement at a time, so the loader can read the portfolio in
 * batches and hold only the capped lists: counts by area and status, the worst severity per
 * area x challenge (a missing assessment counts as "none"), and the agreements at risk or
 * delayed (delayed first; each group in the order added, by reference when fed in that order).
 */
export function createReportAccumulator(challengeIds: readonly string[], limit = REPORT_LIST_LIMIT) {
  const counts = Object.fromEntries(
    AREAS.map((area) => [area, Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0]))]),
  ) as AreaStatusCounts;
  const heatMap = Object.fromEntries(
    AREAS.map((area) => [area, Object.fromEntries(challengeIds.map((id) => [id, null]))]),
  ) as Record<Area, Record<string, Severity | null>>;
  const delayed: ReportAgreement[] = [];
  const atRisk: ReportAgreement[] = [];
  let total = 0;
  let flagged = 0;

  return {
    add(a: ReportAgreement): void {
      total++;
      counts[a.area][a.status]++;
      for (const id of challengeIds) {
        const severity = a.severities.get(id) ?? "none";
        const current = heatMap[a.area][id];
        if (current === null || SEVERITIES.indexOf(severity) > SEVERITIES.indexOf(current)) heatMap[a.area][id] = severity;
      }
      if (a.status !== "delayed" && a.status !== "at_risk") return;
      flagged++;
      const list = a.status === "delayed" ? delayed : atRisk;
      if (list.length < limit) list.push(a);
    },
    result() {
      return { total, counts, heatMap, atRisk: { rows: [...delayed, ...atRisk].slice(0, limit), total: flagged } };
    },
  };
}

/** Whole days between the due date and the report date (both calendar days, UTC). */
export function daysOverdue(dueDate: Date, asOfDay: string): number {
  const asOf = Date.parse(`${asOfDay}T00:00:00.000Z`);
  return Math.max(0, Math.round((asOf - Date.UTC(dueDate.getUTCFullYear(), dueDate.getUTCMonth(), dueDate.getUTCDate())) / 86_400_000));
}
