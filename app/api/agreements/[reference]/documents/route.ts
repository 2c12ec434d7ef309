import { jsonError, withApiUser } from "@/lib/auth/api";
import { createDocument, uploadTarget } from "@/lib/data/documents";
import { checkDocumentName, extensionOf, nameForKind } from "@/lib/domain/document-name";
import { MEDIA_TYPES, sniffDocument } from "@/lib/domain/document-type";
import { chunkRanges } from "@/lib/domain/documents";
import { env } from "@/lib/env";
import { ActionError } from "@/lib/errors";
import { NON_PAGE_CSP } from "@/lib/security/headers";
import { documentUploadQuerySchema } from "@/lib/validations/document";
import { TooLarge, readTail, removeSpool, spoolBody, spooledChunks, type Spooled } from "./spool";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ reference: string }> };

/** A refusal the page can show in the reader's language: `details.code` is a catalog key. */
const refuse = (status: number, code: string, values: Record<string, string | number> = {}) =>
  jsonError(status, code, { code, values });

/**
 * Uploads one document: the body is the file itself (any Content-Type; it is ignored), the query
 * names it (`name`, `restricted=1`, `milestoneId`, `statusUpdateId`). Checks, in order: the
 * session and role (withApiUser), this agreement (its trackers only), the name, the declared
 * length, then the body as it streams (the limit), then its content (magic bytes).
 */
const upload = withApiUser<Context>("agreement:track", async (request, user, context) => {
  const { reference } = await context.params;
  const target = await uploadTarget(safeDecode(reference), user);
  if ("status" in target) return target.status === 404 ? jsonError(404, "Agreement not found") : jsonError(403, "Not a tracker of this agreement");

  const query = documentUploadQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return refuse(400, "documents.errors.invalid");
  const named = checkDocumentName(query.data.name);
  if (!named.ok) return refuse(400, `documents.errors.${named.problem}`);

  const maxMb = env().UPLOAD_MAX_MB;
  const max = maxMb * 1_000_000;
  // A declared length over the limit is refused before a byte of the body is read.
  if (Number(request.headers.get("content-length") ?? 0) > max) return refuse(413, "documents.errors.tooLarge", { max: maxMb });

  let spooled: Spooled | undefined;
  try {
    spooled = await spoolBody(request.body, max);
    if (spooled.size === 0) return refuse(400, "documents.errors.empty");
    const kind = sniffDocument({
      head: spooled.head,
      tail: await readTail(spooled),
      size: spooled.size,
      isText: spooled.isText,
      extension: extensionOf(named.name),
    });
    if (!kind) return refuse(415, "documents.errors.unsupportedType");
    const finalName = nameForKind(named.name, kind);
    if (!finalName.ok) return refuse(415, `documents.errors.${finalName.problem}`);
    const document = await createDocument(
      user,
      {
        agreementId: target.id,
        milestoneId: query.data.milestoneId,
        statusUpdateId: query.data.statusUpdateId,
        name: finalName.name,
        mediaType: MEDIA_TYPES[kind],
        size: spooled.size,
        sha256: spooled.sha256,
        restricted: query.data.restricted,
        chunkCount: chunkRanges(spooled.size).length,
      },
      spooledChunks(spooled),
    );
    return Response.json({ id: document.id, name: document.name, size: document.size, sha256: document.sha256, mediaType: document.mediaType }, { status: 201 });
  } catch (error) {
    if (error instanceof TooLarge) return refuse(413, "documents.errors.tooLarge", { max: maxMb });
    if (error instanceof ActionError) return refuse(error.status, error.message);
    // The client went away mid-body (or the body broke): nothing was stored; nobody reads this answer.
    if (!spooled) return refuse(400, "documents.errors.interrupted");
    throw error;
  } finally {
    if (spooled) await removeSpool(spooled);
  }
});

/** The proxy skips this route (see proxy.ts): its answers carry the closed policy themselves. */
export async function POST(request: Request, context: Context): Promise<Response> {
  const response = await upload(request, context);
  response.headers.set("Content-Security-Policy", NON_PAGE_CSP);
  return response;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
