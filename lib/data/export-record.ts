import type { Prisma } from "../generated/prisma/client";
import { SEVERITIES } from "../domain/vocabulary";
import type { SortableColumn } from "../domain/limits";
import type { ExportRow } from "../domain/agreement-columns";
import type { KeysetCursor } from "./export-keyset";

/** The agreement's fields the CSV format carries and import may write (export and import both read these). */
export const csvFieldsSelect = {
  reference: true,
  title: true,
  area: true,
  instrumentType: true,
  status: true,
  progress: true,
  signedDate: true,
  targetDate: true,
  summary: true,
  leadOrganization: { select: { name: true } },
  parties: { select: { organization: { select: { name: true } } } },
} satisfies Prisma.AgreementSelect;

/**
 * The milestones whose people a row names (the table's and the exports' "responsible"): those with
 * an owner, read by the agreement's own index; `ownerNames` keeps the open ones. Asking the
 * database for `doneDate = NULL` as well drew SQLite to the index of every open milestone in the
 * portfolio: 20 ms for a page of 50 rows at 100,000 agreements, where this is 0.2 ms.
 */
export const ownedMilestones = {
  where: { ownerId: { not: null } },
  select: { doneDate: true, owner: { select: { name: true } } },
} as const satisfies Prisma.Agreement$milestonesArgs;

/** What an export reads per agreement (one query per batch; the latest note via a nested take). */
export const exportSelect = {
  ...csvFieldsSelect,
  worstSeverity: true,
  nextMilestoneDue: true,
  lastUpdateAt: true,
  lastUpdateBy: { select: { name: true } },
  statusUpdates: { select: { note: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
  milestones: ownedMilestones,
} satisfies Prisma.AgreementSelect;
export type ExportRecord = Prisma.AgreementGetPayload<{ select: typeof exportSelect }>;

/** The row's value in the sorted column: where the next keyset batch starts. */
export function exportSortValue(sort: SortableColumn, row: ExportRecord): KeysetCursor["value"] {
  switch (sort) {
    case "reference":
      return row.reference;
    case "lead":
      return row.leadOrganization.name;
    case "nextMilestone":
      return row.nextMilestoneDue;
    case "lastUpdate":
      return row.lastUpdateAt;
    default:
      return row[sort];
  }
}

export function toExportRow(row: ExportRecord): ExportRow {
  return {
    reference: row.reference,
    title: row.title,
    area: row.area,
    instrumentType: row.instrumentType,
    status: row.status,
    progress: row.progress,
    signedDate: row.signedDate,
    targetDate: row.targetDate,
    leadOrganization: row.leadOrganization.name,
    parties: row.parties.map((p) => p.organization.name).sort((a, b) => a.localeCompare(b)),
    summary: row.summary,
    worstSeverity: SEVERITIES[row.worstSeverity] ?? "none",
    nextMilestoneDue: row.nextMilestoneDue,
    lastUpdateAt: row.lastUpdateAt,
    lastUpdateBy: row.lastUpdateBy?.name ?? null,
    latestNote: row.statusUpdates[0]?.note ?? "",
    milestoneOwners: ownerNames(row.milestones),
  };
}

/** Each responsible person of the open milestones once, by name. */
export function ownerNames(milestones: readonly { doneDate: Date | null; owner: { name: string } | null }[]): string[] {
  return [...new Set(milestones.flatMap((m) => (m.owner && m.doneDate === null ? [m.owner.name] : [])))].sort((a, b) => a.localeCompare(b));
}
