// The text of one PDF or DOCX, read from stdin; prints {"text": …} or {"error": …} as JSON.
// Started by the notification worker (lib/notify/document-text.ts) as a child with a memory cap and
// a time limit, so that a hostile file can only end this process, never the worker.
import { extractDocumentText } from "../lib/domain/document-text";

const mediaType = process.argv[2] ?? "";
const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
try {
  const text = await extractDocumentText(mediaType, new Uint8Array(Buffer.concat(chunks)));
  process.stdout.write(JSON.stringify({ text }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
}
// pdf.js may keep timers alive; the work is done.
process.exit(0);
