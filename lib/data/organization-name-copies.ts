import type { Tx } from "../prisma-client";
import { agreementSearchColumns } from "../domain/agreement-search-text";
import { organizationNameSelect, shownNameColumns } from "./content-texts";

// Not server-only: the seed calls it too, inside its own transaction.

const BATCH = 500;

/**
 * Rewrites what is copied from an organization's names, in the transaction that changed them:
 * the name each language's reader is shown (on its row, for sorting) and the search text of every
 * agreement it takes part in (a batch at a time).
 */
export async function refreshCopiesOfOrganizationNames(tx: Tx, organizationId: string) {
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: organizationNameSelect });
  await tx.organization.update({ where: { id: organizationId }, data: shownNameColumns(organization) });
  let after: string | undefined;
  for (;;) {
    const rows = await tx.agreement.findMany({
      where: { parties: { some: { organizationId } } },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
      select: {
        id: true,
        reference: true,
        title: true,
        summary: true,
        texts: { select: { title: true, summary: true } },
        parties: { select: { organization: { select: organizationNameSelect } } },
      },
    });
    for (const a of rows) {
      await tx.agreement.update({ where: { id: a.id }, data: agreementSearchColumns(a, a.parties.map((p) => p.organization)) });
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
