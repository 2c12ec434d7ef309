import { z } from "zod";
import { COMMENT_MAX, WITHDRAW_REASON_MAX } from "../domain/comments";
import { entityId } from "./common";

const id = entityId();
const version = z.coerce.number({ message: "validation.invalidVersion" }).int().min(1);

const body = z
  .string({ message: "comments.errors.empty" })
  .trim()
  .min(1, { message: "comments.errors.empty" })
  .max(COMMENT_MAX, { message: "comments.errors.tooLong" });

/** The people picked from the suggestions; the server keeps those still named in the body. */
const mentions = z
  .array(z.object({ id, name: z.string().trim().min(1).max(200) }))
  .max(50)
  .default([]);

export const commentCreateSchema = z.object({
  agreementId: id,
  milestoneId: z.union([id, z.literal("")]).optional().transform((v) => v || null),
  body,
  mentions,
});
export type CommentCreateInput = z.infer<typeof commentCreateSchema>;

export const commentEditSchema = z.object({ commentId: id, version, body, mentions });
export type CommentEditInput = z.infer<typeof commentEditSchema>;

export const commentWithdrawSchema = z.object({
  commentId: id,
  reason: z
    .string()
    .trim()
    .min(1, { message: "comments.errors.reasonRequired" })
    .max(WITHDRAW_REASON_MAX, { message: "comments.errors.reasonTooLong" }),
});

export const mentionSearchSchema = z.object({ agreementId: id, query: z.string().trim().max(40) });

export const followSchema = z.object({ agreementId: id, follow: z.boolean() });
