import type { z } from "zod";
import { jsonCreated, jsonWithEtag, readJsonBody, withApiToken } from "@/lib/auth/api-v1";
import { agreementIdFromPath, type ReferenceContext } from "@/lib/auth/api-v1-path";
import { addComment, listComments, type CommentView } from "@/lib/data/comments";
import { commentCreateBody, type commentOut, type commentListOut } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

const toComment = (c: CommentView): z.infer<typeof commentOut> => ({
  id: c.id,
  author: c.author,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
  edited: c.edited,
  withdrawn: c.withdrawn,
  milestone: c.milestone,
  version: c.version,
});

export const GET = withApiToken("agreement:read", async (request, caller, context: ReferenceContext) => {
  const comments = await listComments(await agreementIdFromPath(context), caller.user);
  const body: z.infer<typeof commentListOut> = { items: comments.map(toComment) };
  return jsonWithEtag(request, body);
});

/** The discussion's write (lib/data/comments.ts): followers are notified as from the page. */
export const POST = withApiToken("agreement:comment", async (request, caller, context: ReferenceContext) => {
  const agreementId = await agreementIdFromPath(context);
  const input = await readJsonBody(request, commentCreateBody);
  const created = await addComment({ agreementId, body: input.body, milestoneId: input.milestoneId ?? null, mentions: [] }, caller.user);
  const thread = await listComments(agreementId, caller.user);
  const comment = thread.find((c) => c.id === created.id);
  return jsonCreated(comment ? toComment(comment) : { id: created.id });
});
