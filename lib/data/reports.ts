import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { endOfUtcDay, type StateAsOf } from "../domain/as-of";
import { startOfUtcDay } from "../domain/rollups";
import { AREAS, type AgreementStatus, type Area } from "../domain/vocabulary";
import type { AgreementQuery } from "../validations/agreement-query";
import type { ExportRow } from "../reports/agreement-columns";
import { keysetAfter, type KeysetCursor } from "../reports/export-keyset";
import { exportSelect, exportSortValue, toExportRow, type ExportRecord } from "../reports/export-record";
import type { ReportParams } from "../reports/report-params";
import {
  createReportAccumulator,
  daysOverdue,
  REPORT_LIST_LIMIT,
  type ReportAgreement,
  type StatusReport,
} from "../reports/status-report-model";
import type { AgreementSheet } from "../reports/pdf/agreement-pdf";
import { agreementOrderBy, agreementWhere } from "./agreement-where";
import { getAgreementByReference } from "./agreements";
import { statesAsOf } from "./history";
import { toUpdateSummary, updateSummarySelect } from "./tracking";
import { CHALLENGE_ORDER } from "./challenge-order";

export const EXPORT_BATCH_SIZE = 500;

const whereFor = (query: AgreementQuery, now: Date, viewerId?: string) =>
  agreementWhere(query, { now, staleAfterDays: env().STALE_AFTER_DAYS, viewerId });

/** How many rows an export of this table view has (sent ahead so the browser can show progress). */
export async function countAgreementsForExport(query: AgreementQuery, now = new Date(), viewerId?: string): Promise<number> {
  return prisma.agreement.count({ where: whereFor(query, now, viewerId) });
}

/**
 * Every agreement of a table view, in the table's order, in batches read with keyset pagination:
 * an export holds one batch in memory at a time, however many rows match.
 */
export async function* agreementExportBatches(
  query: AgreementQuery,
  options: { now?: Date; batchSize?: number; viewerId?: string } = {},
): AsyncGenerator<ExportRow[]> {
  const where = whereFor(query, options.now ?? new Date(), options.viewerId);
  const orderBy = agreementOrderBy(query);
  const take = options.batchSize ?? EXPORT_BATCH_SIZE;
  let cursor: KeysetCursor | null = null;
  for (;;) {
    const rows: ExportRecord[] = await prisma.agreement.findMany({
      where: cursor ? { AND: [where, keysetAfter(query.sort, query.dir, cursor)] } : where,
      orderBy,
      take,
      select: exportSelect,
    });
    if (rows.length > 0) yield rows.map(toExportRow);
    if (rows.length < take) return;
    const last = rows[rows.length - 1];
    cursor = { reference: last.reference, value: exportSortValue(query.sort, last) };
  }
}

export const REPORT_BATCH_SIZE = 500;

/**
 * The status report as things stood at the end of `asOf`, computed from the append-only history.
 * An agreement belongs to it if it existed then: created by that date, or with history recorded
 * by then (seeded and imported agreements carry history dated before their row was created), and
 * not archived by then. Agreements are read in batches, so memory stays flat for large portfolios.
 */
export async function loadStatusReport(params: ReportParams, now = new Date()): Promise<StatusReport> {
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
  const [challenges, visits, milestones, overdueTotal, changes, changesTotal] = await Promise.all([
    prisma.challenge.findMany({
      where: { OR: [{ archivedAt: null }, { archivedAt: { gt: asOfEnd } }] },
      orderBy: CHALLENGE_ORDER,
      select: { id: true, name: true },
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
      select: { title: true, dueDate: true, doneDate: true, agreement: { select: { reference: true, title: true } } },
    }),
    prisma.milestone.count({ where: overdueWhere }),
    prisma.statusUpdate.findMany({
      where: changesWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REPORT_LIST_LIMIT,
      select: {
        ...updateSummarySelect,
        agreement: { select: { reference: true, title: true } },
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
      if (AREAS.includes(row.area as Area)) figures.add(reportAgreement(row, states.get(row.id)));
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
    challenges,
    heatMap,
    atRisk,
    overdue: {
      total: overdueTotal,
      rows: milestones.map((m) => ({
        reference: m.agreement.reference,
        agreementTitle: m.agreement.title,
        title: m.title,
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
        title: c.agreement.title,
        author: c.author?.name ?? null,
        statusBefore: (c.statusBefore as AgreementStatus | null) ?? null,
        statusAfter: c.statusAfter as AgreementStatus,
        progressBefore: c.progressBefore,
        progressAfter: c.progressAfter,
        note: c.note,
      })),
    },
  };
}

const reportSelect = {
  id: true,
  reference: true,
  title: true,
  area: true,
  leadOrganization: { select: { name: true } },
} satisfies Prisma.AgreementSelect;
type ReportRow = Prisma.AgreementGetPayload<{ select: typeof reportSelect }>;

/** An agreement as of the date; with no history by then it had not started. */
function reportAgreement(row: ReportRow, state: StateAsOf | undefined): ReportAgreement {
  return {
    reference: row.reference,
    title: row.title,
    area: row.area as Area,
    lead: row.leadOrganization.name,
    status: state?.status ?? "not_started",
    progress: state?.progress ?? 0,
    note: state?.note ?? "",
    noteAt: state?.updatedAt ?? null,
    severities: new Map([...(state?.assessments ?? [])].map(([id, a]) => [id, a.severity])),
  };
}

export const AGREEMENT_HISTORY_LIMIT = 12;

/** Everything the one-page agreement PDF shows; null for an unknown or malformed reference. */
export async function loadAgreementSheet(reference: string): Promise<AgreementSheet | null> {
  const agreement = await getAgreementByReference(reference);
  if (!agreement) return null;
  const [history, historyTotal] = await Promise.all([
    prisma.statusUpdate.findMany({
      where: { agreementId: agreement.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: AGREEMENT_HISTORY_LIMIT,
      select: updateSummarySelect,
    }),
    prisma.statusUpdate.count({ where: { agreementId: agreement.id } }),
  ]);
  return {
    reference: agreement.reference,
    title: agreement.title,
    status: agreement.status,
    progress: agreement.progress,
    visit: agreement.visit.title,
    area: agreement.area,
    instrumentType: agreement.instrumentType,
    signedDate: agreement.signedDate,
    targetDate: agreement.targetDate,
    lead: agreement.leadOrganization.name,
    parties: agreement.parties.map((p) => p.organization.name),
    summary: agreement.summary,
    lastUpdateAt: agreement.lastUpdateAt,
    lastUpdateBy: agreement.lastUpdateBy?.name ?? null,
    archived: agreement.archivedAt !== null,
    assessments: agreement.assessments.map((a) => ({
      challenge: a.challenge.name,
      severity: a.severity,
      note: a.note,
      mitigation: a.mitigation,
    })),
    milestones: agreement.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, doneDate: m.doneDate, owner: m.owner?.name ?? null })),
    history: history.map(toUpdateSummary),
    historyTotal,
  };
}
