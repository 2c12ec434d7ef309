import "server-only";
import { TEXT_SEARCHABLE } from "../domain/document-type";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import { can, scopeOf, type Actor } from "../domain/permissions";
import { canSeeDocument } from "../domain/documents";
import { REFERENCE_MAX, REFERENCE_PATTERN } from "../domain/limits";
import { ActionError } from "../errors";
import { recordAudit } from "./audit";

const SCOPE = { id: true, reference: true, leadOrganizationId: true, archivedAt: true, parties: { select: { organizationId: true } } } as const;

/** The agreement a document is uploaded to, if this person may attach files to it (its trackers). */
export async function uploadTarget(reference: string, actor: Actor): Promise<{ id: string } | { status: 403 | 404 }> {
  if (reference.length > REFERENCE_MAX || !REFERENCE_PATTERN.test(reference)) return { status: 404 };
  const agreement = await prisma.agreement.findUnique({ where: { reference }, select: SCOPE });
  if (!agreement) return { status: 404 };
  return can(actor, "agreement:track", scopeOf(agreement)) ? { id: agreement.id } : { status: 403 };
}

export type NewDocument = {
  agreementId: string;
  milestoneId?: string;
  statusUpdateId?: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  restricted: boolean;
  chunkCount: number;
};

/**
 * Stores a document in one transaction with its audit event: the content (unless the same bytes
 * are already stored: one blob per SHA-256), the document row, the audit event and the revision.
 * `chunks` yields the content chunk by chunk from the upload's spool file, so the transaction never
 * holds the whole file; an upload that failed before this point has written nothing.
 */
export async function createDocument(actor: Actor, input: NewDocument, chunks: () => AsyncIterable<Uint8Array>) {
  try {
    return await storeDocument(actor, input, chunks);
  } catch (error) {
    // The same bytes uploaded at the same moment by someone else: their blob won the unique
    // SHA-256; store this document on it.
    if ((error as { code?: string }).code === "P2002") return storeDocument(actor, input, chunks);
    throw error;
  }
}

function storeDocument(actor: Actor, input: NewDocument, chunks: () => AsyncIterable<Uint8Array>) {
  return prisma.$transaction(
    async (tx) => {
      const agreement = await tx.agreement.findUnique({ where: { id: input.agreementId }, select: SCOPE });
      if (!agreement) throw new ActionError("errors.notFound", 404);
      if (!can(actor, "agreement:track", scopeOf(agreement))) throw new ActionError("errors.forbidden", 403);
      await checkAttachment(tx, input);
      const blob = (await tx.documentBlob.findUnique({ where: { sha256: input.sha256 } })) ?? (await storeBlob(tx, input, chunks));
      const document = await tx.document.create({
        data: {
          agreementId: agreement.id,
          milestoneId: input.milestoneId ?? null,
          statusUpdateId: input.statusUpdateId ?? null,
          blobId: blob.id,
          name: input.name,
          mediaType: input.mediaType,
          size: input.size,
          sha256: input.sha256,
          restricted: input.restricted,
          uploadedById: actor.id,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.upload",
        entityType: "document",
        entityId: document.id,
        agreementId: agreement.id,
        after: auditView(document),
      });
      return document;
    },
    // A 25 MB file is about a hundred chunk rows: seconds at most, but more than the default 5 s
    // on a busy machine.
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function checkAttachment(tx: Tx, input: NewDocument) {
  if (input.milestoneId) {
    const milestone = await tx.milestone.findUnique({ where: { id: input.milestoneId }, select: { agreementId: true } });
    if (milestone?.agreementId !== input.agreementId) throw new ActionError("errors.notFound", 404);
  }
  if (input.statusUpdateId) {
    const update = await tx.statusUpdate.findUnique({ where: { id: input.statusUpdateId }, select: { agreementId: true } });
    if (update?.agreementId !== input.agreementId) throw new ActionError("errors.notFound", 404);
  }
}

async function storeBlob(tx: Tx, input: NewDocument, chunks: () => AsyncIterable<Uint8Array>) {
  const blob = await tx.documentBlob.create({
    data: {
      sha256: input.sha256,
      size: input.size,
      chunkCount: input.chunkCount,
      // The worker extracts the text after the upload, for the agreements search.
      textStatus: TEXT_SEARCHABLE.has(input.mediaType) ? "pending" : "none",
    },
  });
  let index = 0;
  for await (const data of chunks()) {
    await tx.documentChunk.create({ data: { blobId: blob.id, index, data: Uint8Array.from(data) } });
    index++;
  }
  if (index !== input.chunkCount) throw new Error(`stored ${index} chunks, expected ${input.chunkCount}`);
  return blob;
}

const auditView = (d: { name: string; mediaType: string; size: number; sha256: string; restricted: boolean; milestoneId: string | null; statusUpdateId: string | null }) => ({
  name: d.name,
  mediaType: d.mediaType,
  size: d.size,
  sha256: d.sha256,
  restricted: d.restricted,
  milestoneId: d.milestoneId,
  statusUpdateId: d.statusUpdateId,
});

/**
 * A document for download, or null when this person may not know it exists (unknown id, a
 * restricted one they may not see, a withdrawn one for anyone but an admin). Each download of a
 * restricted document is audited.
 */
export async function documentForDownload(id: string, actor: Actor) {
  if (id.length > 40) return null;
  const document = await prisma.document.findUnique({
    where: { id },
    include: { agreement: { select: SCOPE }, blob: { select: { id: true, chunkCount: true } } },
  });
  if (!document || !can(actor, "agreement:read", scopeOf(document.agreement))) return null;
  if (!canSeeDocument(actor, scopeOf(document.agreement), document)) return null;
  if (document.restricted) {
    await prisma.$transaction(async (tx) => {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.download",
        entityType: "document",
        entityId: document.id,
        agreementId: document.agreementId,
      });
    });
  }
  return document;
}

/** One stored chunk (downloads read them one at a time). */
export async function documentChunk(blobId: string, index: number): Promise<Uint8Array | null> {
  const chunk = await prisma.documentChunk.findUnique({ where: { blobId_index: { blobId, index } }, select: { data: true } });
  return chunk?.data ?? null;
}
