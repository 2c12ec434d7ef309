import type { Tx } from "../prisma-client";
import { can, scopeOf, type Actor } from "../domain/permissions";
import { ActionError } from "../errors";

/**
 * Step two of the two-step permission check on tracking writes. Step one, the role
 * ("agreement:track" in ROLE_PERMISSIONS), is checked by authedAction before the action runs;
 * this step checks this agreement (an editor's organization leads it or is a party to it, and it
 * is not archived), inside the write's transaction. Loads what the check needs and refuses
 * (403/404) unless the actor may track the agreement.
 */
export async function requireTrackable(tx: Tx, actor: Actor, agreementId: string) {
  const agreement = await tx.agreement.findUnique({
    where: { id: agreementId },
    include: { parties: { select: { organizationId: true } } },
  });
  if (!agreement) throw new ActionError("errors.notFound", 404);
  if (!can(actor, "agreement:track", scopeOf(agreement))) throw new ActionError("errors.forbidden", 403);
  return agreement;
}
