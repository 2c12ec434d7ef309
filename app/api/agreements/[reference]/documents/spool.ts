import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { open, rm, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { HEAD_BYTES, TAIL_BYTES, createTextCheck } from "@/lib/domain/document-type";
import { DOCUMENT_CHUNK_BYTES, chunkRanges } from "@/lib/domain/documents";

export type Spooled = {
  path: string;
  size: number;
  sha256: string;
  head: Uint8Array;
  isText: boolean;
};

export class TooLarge extends Error {}

/**
 * Streams an upload's body to a private temporary file while hashing it and checking the limit,
 * so memory stays flat whatever the file's size and a body over the limit is abandoned as soon as
 * it crosses it (the rest is never read). The database sees the file only once it has arrived
 * whole: a cut-off upload leaves nothing behind but this file, which the caller removes.
 */
export async function spoolBody(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Spooled> {
  const file = path.join(tmpdir(), `accord-upload-${randomUUID()}`);
  const handle = await open(file, "wx", 0o600);
  const hash = createHash("sha256");
  const text = createTextCheck();
  const head = new Uint8Array(HEAD_BYTES);
  let size = 0;
  const reader = body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new TooLarge();
      }
      if (size < HEAD_BYTES) head.set(value.subarray(0, HEAD_BYTES - size), size);
      hash.update(value);
      text.push(value);
      await handle.write(value);
      size += value.length;
    }
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return { path: file, size, sha256: hash.digest("hex"), head: head.subarray(0, Math.min(size, HEAD_BYTES)), isText: text.done() };
}

/** The last bytes of the spooled file (where a ZIP keeps its directory). */
export async function readTail(spooled: Spooled): Promise<Uint8Array> {
  const length = Math.min(spooled.size, TAIL_BYTES);
  const handle = await open(spooled.path, "r");
  try {
    const buffer = new Uint8Array(length);
    await handle.read(buffer, 0, length, spooled.size - length);
    return buffer;
  } finally {
    await handle.close();
  }
}

/** The spooled file in storage chunks, one read at a time. */
export function spooledChunks(spooled: Spooled): () => AsyncIterable<Uint8Array> {
  return async function* () {
    let handle: FileHandle | undefined;
    try {
      handle = await open(spooled.path, "r");
      for (const range of chunkRanges(spooled.size, DOCUMENT_CHUNK_BYTES)) {
        const buffer = new Uint8Array(range.end - range.start);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, range.start);
        if (bytesRead !== buffer.length) throw new Error("spool file shorter than its upload");
        yield buffer;
      }
    } finally {
      await handle?.close();
    }
  };
}

export const removeSpool = (spooled: Spooled) => rm(spooled.path, { force: true });
