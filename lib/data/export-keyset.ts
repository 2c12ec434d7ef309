import type { Prisma } from "../generated/prisma/client";
import type { SortableColumn } from "../domain/limits";

/** Where the previous batch ended: the last row's sort value and its reference (the tie-breaker). */
export type KeysetCursor = { value: string | number | Date | null; reference: string };

type Field = "title" | "area" | "status" | "progress" | "worstSeverity" | "nextMilestoneDue" | "targetDate" | "lastUpdateAt";

const FIELD: Record<Exclude<SortableColumn, "reference" | "lead">, Field> = {
  title: "title",
  area: "area",
  status: "status",
  progress: "progress",
  worstSeverity: "worstSeverity",
  nextMilestone: "nextMilestoneDue",
  targetDate: "targetDate",
  lastUpdate: "lastUpdateAt",
};

/** The columns agreementOrderBy sorts with nulls last. */
const NULLABLE: readonly SortableColumn[] = ["nextMilestone", "targetDate", "lastUpdate"];

/**
 * The rows after `cursor` in agreementOrderBy's order (primary column in `dir`, nulls last for
 * the nullable ones, then reference ascending). Keyset pagination: each batch of an export costs
 * the same however deep into the table it is, and rows are neither skipped nor repeated when the
 * order has ties. Must change together with agreementOrderBy (tests/unit/reports-keyset.test.ts).
 */
export function keysetAfter(
  sort: SortableColumn,
  dir: "asc" | "desc",
  cursor: KeysetCursor,
): Prisma.AgreementWhereInput {
  const beyond = dir === "asc" ? "gt" : "lt";
  if (sort === "reference") return { reference: { [beyond]: cursor.reference } };
  const laterReference = { reference: { gt: cursor.reference } };
  // One cast: the filter's type depends on the column, which TypeScript cannot follow here.
  const on = (condition: unknown) =>
    (sort === "lead" ? { leadOrganization: { name: condition } } : { [FIELD[sort]]: condition }) as Prisma.AgreementWhereInput;

  if (cursor.value === null) return { AND: [on(null), laterReference] };
  const after: Prisma.AgreementWhereInput[] = [
    on({ [beyond]: cursor.value }),
    { AND: [on({ equals: cursor.value }), laterReference] },
  ];
  if (NULLABLE.includes(sort)) after.push(on(null));
  return { OR: after };
}
