import type { Tx } from "../prisma-client";
import { ActionError } from "../errors";
import { formatDateTime } from "../format";

// Optimistic concurrency: a write carries the version its form was based on; when the row has
// moved on, the write is refused with this error instead of overwriting what the form did not see.

/** "Changed by NAME at TIME — reload": who made the change the stale form did not see. */
export async function staleError(tx: Tx, where: { agreementId?: string; entityId?: string }) {
  const last = await tx.auditEvent.findFirst({
    where: where.entityId ? { entityId: where.entityId } : { agreementId: where.agreementId },
    orderBy: { createdAt: "desc" },
    include: { actor: { select: { name: true } } },
  });
  return new ActionError("errors.stale", 409, {
    name: last?.actor?.name ?? "—",
    time: last ? formatDateTime(last.createdAt) : "",
    // The same moment, exact and machine-readable (the API's 409 gives it as changedAt).
    at: last ? last.createdAt.toISOString() : "",
  });
}
