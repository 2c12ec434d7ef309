import { involvesOrganization, type Actor, type AgreementScope } from "./permissions";

/** One stored chunk: 256 KiB, so a 25 MB file is about a hundred rows and no row is large. */
export const DOCUMENT_CHUNK_BYTES = 256 * 1024;

/** The byte ranges a file of this size is stored in, in order (an empty file has none). */
export function chunkRanges(size: number, chunkSize = DOCUMENT_CHUNK_BYTES): { index: number; start: number; end: number }[] {
  if (!Number.isInteger(size) || size < 0 || !Number.isInteger(chunkSize) || chunkSize <= 0) throw new RangeError("size");
  const ranges = [];
  for (let index = 0, start = 0; start < size; index++, start += chunkSize) {
    ranges.push({ index, start, end: Math.min(size, start + chunkSize) });
  }
  return ranges;
}

/**
 * Who sees a restricted document: admins and editors of the agreement's organizations (whether or
 * not the agreement is archived: seeing is not tracking). For anyone else it does not exist.
 */
export function canSeeRestricted(actor: Actor, agreement: AgreementScope): boolean {
  if (actor.role === "admin") return true;
  return actor.role === "editor" && involvesOrganization(agreement, actor.organizationId);
}

export function canSeeDocument(actor: Actor, agreement: AgreementScope, document: { restricted: boolean; withdrawnAt: Date | null }): boolean {
  // A withdrawn document is kept for the history and the audit log, and for the admin who may restore it.
  if (document.withdrawnAt && actor.role !== "admin") return false;
  return !document.restricted || canSeeRestricted(actor, agreement);
}
