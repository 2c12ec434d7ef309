import type { z } from "zod";
import { jsonCreated, readJsonBody, versionFrom, withApiToken } from "@/lib/auth/api-v1";
import { agreementIdFromPath, type ReferenceContext } from "@/lib/auth/api-v1-path";
import { postStatusUpdate } from "@/lib/data/tracking";
import { statusUpdateBody, type statusUpdateCreatedOut } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

/**
 * The form's write (lib/data/tracking.ts): status, progress, note and assessments, based on the
 * version read with the agreement (in the body or If-Match); a stale one is a 409 naming who
 * changed the agreement and when.
 */
export const POST = withApiToken("agreement:track", async (request, caller, context: ReferenceContext) => {
  const agreementId = await agreementIdFromPath(context);
  const input = await readJsonBody(request, statusUpdateBody);
  const version = versionFrom(request, input.version);
  const update = await postStatusUpdate({ ...input, agreementId, version }, caller.user);
  const body: z.infer<typeof statusUpdateCreatedOut> = { id: update.id, version: version + 1 };
  return jsonCreated(body, { ETag: `"${version + 1}"` });
});
