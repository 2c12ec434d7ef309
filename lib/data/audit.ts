import { AsyncLocalStorage } from "node:async_hooks";
import type { Tx } from "../prisma-client";
import { bumpRevision } from "./data-revision";
import { retallyAgreement } from "./dashboard-tally";

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
    | "document"
    | "api_token"
    | "webhook_endpoint"
    | "message_translation"
    | "organization";
  entityId: string;
  agreementId?: string | null;
  before?: unknown;
  after?: unknown;
};

// The API token a request runs under. A context rather than a parameter: every write in lib/data
// already records its audit event through recordAudit, and a write made through /api/v1 is the same
// write (one path per write), so the token is attached here instead of threaded through each one.
const apiTokenContext = new AsyncLocalStorage<{ apiTokenId: string }>();

/** Runs fn so that every audit event it records names the API token it was made through. */
export function runWithApiToken<T>(apiTokenId: string, fn: () => Promise<T>): Promise<T> {
  return apiTokenContext.run({ apiTokenId }, fn);
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * Always called inside the transaction that makes the change it records, after the change. It also
 * moves the data revision in that transaction, which is what tells the read caches
 * (lib/data/data-revision.ts) that anything changed, and brings the dashboard's counts for the
 * agreement the change is about up to date (lib/data/dashboard-tally.ts).
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
      apiTokenId: apiTokenContext.getStore()?.apiTokenId ?? null,
    },
  });
  const agreementId = event.agreementId ?? (event.entityType === "agreement" ? event.entityId : null);
  if (agreementId) await retallyAgreement(tx, agreementId);
}
