import { jsonError, withApiUser } from "@/lib/auth/api";
import { documentChunk, documentForDownload } from "@/lib/data/documents";
import { contentDisposition } from "@/lib/domain/document-name";
import { PREVIEWABLE, kindOfMediaType } from "@/lib/domain/document-type";
import { DOCUMENT_CSP } from "@/lib/security/headers";
import { documentIdSchema } from "@/lib/validations/document";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Downloads a document, streamed chunk by chunk from the database. An attachment always, except
 * `?preview=1` on a PDF or an image, which is shown inline under a sandboxing CSP; nothing else
 * (no HTML, no SVG: they are never accepted) ever renders in the browser. A document the reader
 * may not see is 404, exactly like an unknown id.
 */
export const GET = withApiUser<Context>("agreement:read", async (request, user, context) => {
  const { id } = await context.params;
  if (!documentIdSchema.safeParse(id).success) return jsonError(404, "Document not found");
  const document = await documentForDownload(id, user);
  if (!document) return jsonError(404, "Document not found");

  const kind = kindOfMediaType(document.mediaType);
  const preview = new URL(request.url).searchParams.get("preview") === "1" && kind !== null && PREVIEWABLE.has(kind);
  const { id: blobId, chunkCount } = document.blob;
  let index = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (index >= chunkCount) return controller.close();
        const chunk = await documentChunk(blobId, index++);
        if (!chunk) return controller.error(new Error(`document ${document.id}: chunk ${index - 1} missing`));
        controller.enqueue(chunk);
      },
    },
    // One chunk at a time: memory stays flat whatever the file's size.
    { highWaterMark: 1 },
  );
  const textual = document.mediaType.startsWith("text/");
  return new Response(body, {
    headers: {
      "Content-Type": textual ? `${document.mediaType}; charset=utf-8` : document.mediaType,
      "Content-Length": String(document.size),
      "Content-Disposition": contentDisposition(preview ? "inline" : "attachment", document.name),
      "Content-Security-Policy": DOCUMENT_CSP,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Repr-Digest": `sha-256=:${Buffer.from(document.sha256, "hex").toString("base64")}:`,
    },
  });
});
