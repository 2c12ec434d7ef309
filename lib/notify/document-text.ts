// Text extraction for the agreements search, run by the worker after uploads: each pending blob
// (a PDF or DOCX, stored once per content) is read from the database and handed to a child process
// (scripts/extract-text.ts) with a memory cap and a time limit. Whatever the file does, the child
// is what ends: the blob is marked failed with the reason, and the worker goes on.
import { spawn } from "node:child_process";
import path from "node:path";
import type { Db } from "../prisma-client";
import { foldForSearch } from "../domain/search-folding";

/** Memory the child may use (MB): a bomb or a malformed file ends it, not the worker. */
export const EXTRACT_MEMORY_MB = 256;
export const EXTRACT_TIMEOUT_MS = 60_000;
const BATCH = 10;

export type ExtractionCounts = { extracted: number; failed: number };

export async function extractPendingText(db: Db, batch = BATCH): Promise<ExtractionCounts> {
  const out = { extracted: 0, failed: 0 };
  const pending = await db.documentBlob.findMany({
    where: { textStatus: "pending" },
    select: { id: true, documents: { select: { mediaType: true }, take: 1 } },
    orderBy: { createdAt: "asc" },
    take: batch,
  });
  for (const blob of pending) {
    const mediaType = blob.documents[0]?.mediaType ?? "";
    const chunks = await db.documentChunk.findMany({ where: { blobId: blob.id }, orderBy: { index: "asc" }, select: { data: true } });
    const result = await runExtraction(mediaType, Buffer.concat(chunks.map((c) => Buffer.from(c.data))));
    // Only a still-pending blob is settled: another worker that got there first keeps its result.
    await db.documentBlob.updateMany({
      where: { id: blob.id, textStatus: "pending" },
      data: "text" in result ? { textStatus: "done", text: foldForSearch(result.text), textError: "" } : { textStatus: "failed", textError: result.error.slice(0, 1000) },
    });
    out["text" in result ? "extracted" : "failed"]++;
  }
  return out;
}

export function runExtraction(mediaType: string, bytes: Buffer): Promise<{ text: string } | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/extract-text.ts", mediaType], {
      env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${EXTRACT_MEMORY_MB}` },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), EXTRACT_TIMEOUT_MS);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-2000)));
    child.stdin.on("error", () => undefined);
    child.stdin.end(bytes);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      try {
        const parsed = JSON.parse(stdout) as { text?: unknown; error?: unknown };
        if (typeof parsed.text === "string") return resolve({ text: parsed.text });
        if (typeof parsed.error === "string") return resolve({ error: parsed.error });
      } catch {
        // fall through: the child ended without an answer
      }
      const why = signal === "SIGKILL" ? `no result within ${EXTRACT_TIMEOUT_MS / 1000} s` : /heap|memory/i.test(stderr) ? `more than ${EXTRACT_MEMORY_MB} MB of memory` : `exit ${code ?? signal}`;
      resolve({ error: `text extraction stopped: ${why}` });
    });
  });
}
