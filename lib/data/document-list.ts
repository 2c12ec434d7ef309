import "server-only";
import { prisma } from "../db";
import { can, scopeOf, type Actor, type AgreementScope } from "../domain/permissions";
import { canSeeDocument, canSeeRestricted } from "../domain/documents";
import { ActionError } from "../errors";
import { recordAudit } from "./audit";

export type DocumentView = {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  restricted: boolean;
  createdAt: Date;
  uploadedBy: string;
  milestone: { id: string; title: string } | null;
  statusUpdateAt: Date | null;
  withdrawn: { at: Date; by: string; reason: string } | null;
};

/**
 * The agreement's documents this person may see, newest first. Restricted ones exist only for
 * admins and editors of the agreement's organizations; withdrawn ones are listed only for admins
 * (who may restore them), everyone else sees them in the history alone.
 */
export async function listDocuments(agreementId: string, scope: AgreementScope, actor: Actor): Promise<DocumentView[]> {
  const rows = await prisma.document.findMany({
    where: {
      agreementId,
      ...(canSeeRestricted(actor, scope) ? {} : { restricted: false }),
      ...(actor.role === "admin" ? {} : { withdrawnAt: null }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      uploadedBy: { select: { name: true } },
      withdrawnBy: { select: { name: true } },
      milestone: { select: { id: true, title: true } },
      statusUpdate: { select: { createdAt: true } },
    },
  });
  return rows.map((d) => ({
    id: d.id,
    name: d.name,
    mediaType: d.mediaType,
    size: d.size,
    sha256: d.sha256,
    restricted: d.restricted,
    createdAt: d.createdAt,
    uploadedBy: d.uploadedBy.name,
    milestone: d.milestone,
    statusUpdateAt: d.statusUpdate?.createdAt ?? null,
    withdrawn: d.withdrawnAt ? { at: d.withdrawnAt, by: d.withdrawnBy?.name ?? "", reason: d.withdrawReason } : null,
  }));
}

async function loadForChange(documentId: string, actor: Actor) {
  const document = await prisma.document.findUnique({
    where: { id: documentId },
    include: { agreement: { select: { id: true, leadOrganizationId: true, archivedAt: true, parties: { select: { organizationId: true } } } } },
  });
  // A document this person may not see does not exist for them (same answer as an unknown id).
  if (!document) throw new ActionError("errors.notFound", 404);
  const scope = scopeOf(document.agreement);
  if (document.restricted && !canSeeRestricted(actor, scope)) throw new ActionError("errors.notFound", 404);
  return { document, scope };
}

/** Never deleted: whoever may track the agreement withdraws a document with a reason; the file stays. */
export async function withdrawDocument(input: { documentId: string; reason: string }, actor: Actor) {
  const { document, scope } = await loadForChange(input.documentId, actor);
  if (!canSeeDocument(actor, scope, document)) throw new ActionError("errors.notFound", 404);
  if (!can(actor, "agreement:track", scope)) throw new ActionError("errors.forbidden", 403);
  await prisma.$transaction(async (tx) => {
    const changed = await tx.document.updateMany({
      where: { id: document.id, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnById: actor.id, withdrawReason: input.reason },
    });
    if (changed.count === 0) throw new ActionError("documents.errors.alreadyWithdrawn", 409);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.withdraw",
      entityType: "document",
      entityId: document.id,
      agreementId: document.agreementId,
      before: { name: document.name },
      after: { withdrawn: true, reason: input.reason },
    });
  });
}

/** An admin brings a withdrawn document back (the permission is checked by the action: agreement:manage). */
export async function restoreDocument(input: { documentId: string }, actor: Actor) {
  const { document } = await loadForChange(input.documentId, actor);
  await prisma.$transaction(async (tx) => {
    const changed = await tx.document.updateMany({
      where: { id: document.id, withdrawnAt: { not: null } },
      data: { withdrawnAt: null, withdrawnById: null, withdrawReason: "" },
    });
    if (changed.count === 0) throw new ActionError("documents.errors.notWithdrawn", 409);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.restore",
      entityType: "document",
      entityId: document.id,
      agreementId: document.agreementId,
      before: { withdrawn: true, reason: document.withdrawReason },
      after: { withdrawn: false },
    });
  });
}

/** The agreement's latest status updates, which a document may be attached to. */
export async function attachableStatusUpdates(agreementId: string) {
  return prisma.statusUpdate.findMany({
    where: { agreementId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, createdAt: true },
  });
}

export type DocumentEvent = { id: string; at: Date; kind: "added" | "withdrawn" | "restored"; name: string; by: string | null; reason: string };
const EVENT_KINDS = { "document.upload": "added", "document.withdraw": "withdrawn", "document.restore": "restored" } as const;

/**
 * When each file was added, withdrawn or restored, from the audit log (a withdrawn document stays
 * in the history). Restricted documents appear only for those who may see them.
 */
export async function documentHistory(agreementId: string, scope: AgreementScope, actor: Actor): Promise<DocumentEvent[]> {
  const events = await prisma.auditEvent.findMany({
    where: { agreementId, entityType: "document", action: { in: Object.keys(EVENT_KINDS) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, action: true, createdAt: true, entityId: true, after: true, actor: { select: { name: true } } },
  });
  const documents = await prisma.document.findMany({
    where: { id: { in: [...new Set(events.map((e) => e.entityId))] } },
    select: { id: true, name: true, restricted: true },
  });
  const byId = new Map(documents.map((d) => [d.id, d]));
  const seesRestricted = canSeeRestricted(actor, scope);
  return events.flatMap((e) => {
    const document = byId.get(e.entityId);
    const kind = EVENT_KINDS[e.action as keyof typeof EVENT_KINDS];
    if (!document || !kind || (document.restricted && !seesRestricted)) return [];
    const reason = kind === "withdrawn" ? reasonOf(e.after) : "";
    return [{ id: e.id, at: e.createdAt, kind, name: document.name, by: e.actor?.name ?? null, reason }];
  });
}

function reasonOf(after: string | null): string {
  try {
    const parsed: unknown = after ? JSON.parse(after) : null;
    return parsed && typeof parsed === "object" && "reason" in parsed && typeof parsed.reason === "string" ? parsed.reason : "";
  } catch {
    return "";
  }
}
