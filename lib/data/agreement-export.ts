import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import type { AgreementQuery } from "../url-state/agreement-query";
import type { ExportRow } from "../domain/agreement-columns";
import { keysetAfter, type KeysetCursor } from "./export-keyset";
import { exportSelect, exportSortValue, toExportRow, type ExportRecord } from "./export-record";
import { agreementOrderBy, agreementWhere } from "./agreement-where";
import type { Actor } from "../domain/permissions";

export const EXPORT_BATCH_SIZE = 500;

// viewer: whose "my milestones" filter this is, and which restricted documents the search reads.
const whereFor = (query: AgreementQuery, now: Date, viewer?: Actor) =>
  agreementWhere(query, { now, staleAfterDays: env().STALE_AFTER_DAYS, viewer });

/** How many rows an export of this table view has (sent ahead so the browser can show progress). */
export async function countAgreementsForExport(query: AgreementQuery, now = new Date(), viewer?: Actor): Promise<number> {
  return prisma.agreement.count({ where: whereFor(query, now, viewer) });
}

/**
 * Every agreement of a table view, in the table's order, in batches read with keyset pagination:
 * an export holds one batch in memory at a time, however many rows match.
 */
export async function* agreementExportBatches(
  query: AgreementQuery,
  options: { now?: Date; batchSize?: number; viewer?: Actor } = {},
): AsyncGenerator<ExportRow[]> {
  const where = whereFor(query, options.now ?? new Date(), options.viewer);
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
