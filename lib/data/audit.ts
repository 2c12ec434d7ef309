import type { Tx } from "../prisma-client";
import { bumpRevision } from "./data-revision";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType:
    | "agreement"
    | "status_update"
    | "milestone"
    | "challenge"
    | "user"
    | "saved_view"
    | "import"
    | "comment"
    | "follower"
    | "focal_point"
    | "outbox_message"
    | "document";
  entityId: string;
  agreementId?: string | null;
  before?: unknown;
  after?: unknown;
};

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * Always called inside the transaction that makes the change it records. It also moves the data
 * revision in that transaction, which is what tells the read caches (lib/data/data-revision.ts) that
 * anything changed.
 */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await bumpRevision(tx);
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      agreementId: event.agreementId ?? null,
      before: json(event.before),
      after: json(event.after),
    },
  });
}
