import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { endOfUtcDay, type StateAsOf } from "../domain/as-of";
import { startOfUtcDay } from "../domain/rollups";
import { AREAS, type AgreementStatus, type Area } from "../domain/vocabulary";
import type { AgreementQuery } from "../url-state/agreement-query";
import type { ReportParams } from "../url-state/status-report-params";
import {
  createReportAccumulator,
  daysOverdue,
  REPORT_LIST_LIMIT,
  type ReportAgreement,
  type StatusReport,
} from "../domain/status-report";
import { agreementWhere } from "./agreement-where";
import { statesAsOf, updateSummarySelect } from "./history";
import { CHALLENGE_ORDER } from "./challenge-order";
import { challengeNameSelect, milestoneTitleIn, milestoneTitleSelect, namedIn, titleIn, titleSelect } from "./content-texts";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

const whereFor = (query: AgreementQuery, now: Date) =>
  agreementWhere(query, { now, staleAfterDays: env().STALE_AFTER_DAYS });

export const REPORT_BATCH_SIZE = 500;

/**
 * The status report as things stood at the end of `asOf`, computed from the append-only history.
 * An agreement belongs to it if it existed then: created by that date, or with history recorded
 * by then (seeded and imported agreements carry history dated before their row was created), and
 * not archived by then. Agreements are read in batches, so memory stays flat for large portfolios.
 */
export async function loadStatusReport(params: ReportParams, now = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<StatusReport> {
  const asOfEnd = endOfUtcDay(params.asOf);
  const sinceEnd = endOfUtcDay(params.since);
  const where: Prisma.AgreementWhereInput = {
    AND: [
      whereFor({ ...params.scope, archived: "include" }, now),
      { OR: [{ archivedAt: null }, { archivedAt: { gt: asOfEnd } }] },
      { OR: [{ createdAt: { lte: asOfEnd } }, { statusUpdates: { some: { createdAt: { lte: asOfEnd } } } }] },
    ],
  };
  const overdueWhere: Prisma.MilestoneWhereInput = {
    agreement: where,
    dueDate: { lt: startOfUtcDay(asOfEnd) },
    OR: [{ doneDate: null }, { doneDate: { gt: asOfEnd } }],
  };
  const changesWhere: Prisma.StatusUpdateWhereInput = { agreement: where, createdAt: { gt: sinceEnd, lte: asOfEnd } };
  // Evidence added in the period and still standing at its end; restricted documents never (a
  // report is shared beyond the people allowed to see them).
  const evidenceWhere: Prisma.DocumentWhereInput = {
    agreement: where,
    restricted: false,
    createdAt: { gt: sinceEnd, lte: asOfEnd },
    OR: [{ withdrawnAt: null }, { withdrawnAt: { gt: asOfEnd } }],
  };
  const [evidence, evidenceTotal] = await Promise.all([
    prisma.document.findMany({
      where: evidenceWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REPORT_LIST_LIMIT,
      select: { createdAt: true, name: true, size: true, uploadedBy: { select: { name: true } }, agreement: { select: { reference: true } } },
    }),
    prisma.document.count({ where: evidenceWhere }),
  ]);
  const [challenges, visits, milestones, overdueTotal, changes, changesTotal] = await Promise.all([
    prisma.challenge.findMany({
      where: { OR: [{ archivedAt: null }, { archivedAt: { gt: asOfEnd } }] },
      orderBy: CHALLENGE_ORDER,
      select: challengeNameSelect,
    }),
    prisma.visit.findMany({
      where: params.scope.visit ? { id: params.scope.visit } : {},
      orderBy: { startDate: "asc" },
      select: { title: true, place: true, startDate: true, endDate: true },
    }),
    prisma.milestone.findMany({
      where: overdueWhere,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: REPORT_LIST_LIMIT,
      select: { ...milestoneTitleSelect, dueDate: true, doneDate: true, agreement: { select: { reference: true, ...titleSelect } } },
    }),
    prisma.milestone.count({ where: overdueWhere }),
    prisma.statusUpdate.findMany({
      where: changesWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REPORT_LIST_LIMIT,
      select: {
        ...updateSummarySelect,
        agreement: { select: { reference: true, ...titleSelect } },
      },
    }),
    prisma.statusUpdate.count({ where: changesWhere }),
  ]);

  const figures = createReportAccumulator(challenges.map((c) => c.id));
  let after: string | null = null;
  for (;;) {
    const rows: ReportRow[] = await prisma.agreement.findMany({
      where: after ? { AND: [where, { reference: { gt: after } }] } : where,
      orderBy: { reference: "asc" },
      take: REPORT_BATCH_SIZE,
      select: reportSelect,
    });
    const states = rows.length ? await statesAsOf({ id: { in: rows.map((r) => r.id) } }, asOfEnd) : new Map<string, StateAsOf>();
    for (const row of rows) {
      if (AREAS.includes(row.area as Area)) figures.add(reportAgreement(row, states.get(row.id), locale));
    }
    if (rows.length < REPORT_BATCH_SIZE) break;
    after = rows[rows.length - 1].reference;
  }
  const { total, counts, heatMap, atRisk } = figures.result();

  return {
    asOf: params.asOf,
    since: params.since,
    generatedAt: now,
    visits,
    scope: { visit: params.scope.visit ?? null, areas: params.scope.area, side: params.scope.side ?? null },
    total,
    counts,
    challenges: namedIn(challenges, locale),
    heatMap,
    atRisk,
    overdue: {
      total: overdueTotal,
      rows: milestones.map((m) => ({
        reference: m.agreement.reference,
        agreementTitle: titleIn(m.agreement, locale),
        title: milestoneTitleIn(m, locale),
        dueDate: m.dueDate,
        doneDate: m.doneDate,
        daysOverdue: daysOverdue(m.dueDate, params.asOf),
      })),
    },
    changes: {
      total: changesTotal,
      rows: changes.map((c) => ({
        at: c.createdAt,
        reference: c.agreement.reference,
        title: titleIn(c.agreement, locale),
        author: c.author?.name ?? null,
        statusBefore: (c.statusBefore as AgreementStatus | null) ?? null,
        statusAfter: c.statusAfter as AgreementStatus,
        progressBefore: c.progressBefore,
        progressAfter: c.progressAfter,
        note: c.note,
      })),
    },
    evidence: {
      total: evidenceTotal,
      rows: evidence.map((d) => ({ at: d.createdAt, reference: d.agreement.reference, name: d.name, uploadedBy: d.uploadedBy.name, size: d.size })),
    },
  };
}

const reportSelect = {
  id: true,
  reference: true,
  ...titleSelect,
  area: true,
  leadOrganization: { select: { name: true } },
} satisfies Prisma.AgreementSelect;
type ReportRow = Prisma.AgreementGetPayload<{ select: typeof reportSelect }>;

/** An agreement as of the date; with no history by then it had not started. */
function reportAgreement(row: ReportRow, state: StateAsOf | undefined, locale: Locale): ReportAgreement {
  return {
    reference: row.reference,
    title: titleIn(row, locale),
    area: row.area as Area,
    lead: row.leadOrganization.name,
    status: state?.status ?? "not_started",
    progress: state?.progress ?? 0,
    note: state?.note ?? "",
    noteAt: state?.updatedAt ?? null,
    severities: new Map([...(state?.assessments ?? [])].map(([id, a]) => [id, a.severity])),
  };
}
