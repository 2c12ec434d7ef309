import type { Tx } from "../prisma-client";
import { agreementSearchColumns } from "../domain/agreement-search-text";
import { organizationSearchSelect } from "./content-texts";

// Not server-only: the seed calls it too, inside its own transaction.

const BATCH = 500;

/**
 * Refolds the search text of every agreement an organization takes part in (its names are in
 * it), in the transaction that changed the names, a batch at a time.
 */
export async function refreshSearchOfOrganization(tx: Tx, organizationId: string) {
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
        parties: { select: { organization: { select: organizationSearchSelect } } },
      },
    });
    for (const a of rows) {
      await tx.agreement.update({ where: { id: a.id }, data: agreementSearchColumns(a, a.parties.map((p) => p.organization)) });
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}
