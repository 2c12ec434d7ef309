import type { Tx } from "../prisma-client";
import { can, type Actor, type AgreementScope } from "../domain/permissions";
import { ActionError } from "../errors";
import { formatDateTime } from "../format";

/** Loads what a permission check needs and refuses (403/404) unless the actor may track it. */
export async function requireTrackable(tx: Tx, actor: Actor, agreementId: string) {
  const agreement = await tx.agreement.findUnique({
    where: { id: agreementId },
    include: { parties: { select: { organizationId: true } } },
  });
  if (!agreement) throw new ActionError("errors.notFound", 404);
  if (!can(actor, "agreement:track", scopeOf(agreement))) throw new ActionError("errors.forbidden", 403);
  return agreement;
}

export function scopeOf(agreement: {
  leadOrganizationId: string;
  archivedAt: Date | null;
  parties: readonly { organizationId: string }[];
}): AgreementScope {
  return {
    leadOrganizationId: agreement.leadOrganizationId,
    partyOrganizationIds: agreement.parties.map((p) => p.organizationId),
    archivedAt: agreement.archivedAt,
  };
}

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
  });
}
