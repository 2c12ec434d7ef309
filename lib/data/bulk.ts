import "server-only";
import { prisma } from "../db";
import { can, scopeOf, type Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import type { AgreementStatus } from "../domain/vocabulary";
import type { BulkUpdateInput } from "../validations/bulk";
import { letOtherRequestsRun } from "./event-loop";
import { appendStatusUpdate } from "./tracking";

export type BulkOutcome = {
  updated: { reference: string }[];
  refused: { reference: string; reason: string }[];
};

// Prisma's default of 5 s is too short for 100 agreements on a busy server: it failed with P2028
// at 5 s under load in tests/unit/crash-safety.test.ts (11.7 s there). The import allows the same.
const BULK_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/**
 * Applies one status and/or note to each selected agreement as its own status update and audit
 * event, in one transaction. Rows the actor may not change, or whose change would break the
 * progress rule, are refused one by one with the reason; none is skipped silently.
 */
export async function bulkUpdate(input: BulkUpdateInput, actor: Actor): Promise<BulkOutcome> {
  return prisma.$transaction(async (tx) => {
    const agreements = await tx.agreement.findMany({
      where: { id: { in: input.agreementIds } },
      include: { parties: { select: { organizationId: true } } },
      orderBy: { reference: "asc" },
    });
    const outcome: BulkOutcome = { updated: [], refused: [] };
    const found = new Set(agreements.map((a) => a.id));
    for (const id of input.agreementIds.filter((id) => !found.has(id))) {
      outcome.refused.push({ reference: id, reason: "bulk.reason.missing" });
    }
    for (const agreement of agreements) {
      if (agreement.archivedAt) {
        outcome.refused.push({ reference: agreement.reference, reason: "bulk.reason.archived" });
        continue;
      }
      if (!can(actor, "agreement:track", scopeOf(agreement))) {
        outcome.refused.push({ reference: agreement.reference, reason: "bulk.reason.permission" });
        continue;
      }
      try {
        await appendStatusUpdate(tx, actor, agreement, {
          status: (input.status || agreement.status) as AgreementStatus,
          progress: agreement.progress,
          note: input.note,
          assessments: [],
        });
        outcome.updated.push({ reference: agreement.reference });
      } catch (error) {
        if (!(error instanceof ActionError)) throw error;
        const reason = Object.values(error.fieldErrors ?? {})[0]?.[0] ?? error.message;
        outcome.refused.push({ reference: agreement.reference, reason });
      }
      await letOtherRequestsRun();
    }
    return outcome;
  }, BULK_TRANSACTION);
}
