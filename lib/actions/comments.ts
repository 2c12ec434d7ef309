"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "./authed-action";
import {
  commentCreateSchema,
  commentEditSchema,
  commentWithdrawSchema,
  followSchema,
  mentionSearchSchema,
} from "../validations/comment";
import { addComment, editComment, searchMentionCandidates, withdrawComment } from "../data/comments";
import { setFollowing } from "../data/followers";

// The header's unread count sits in the layout: refresh it with the page.
const refresh = () => revalidatePath("/", "layout");

export const addCommentAction = authedAction(commentCreateSchema, "agreement:comment", async (input, user) => {
  const comment = await addComment(input, user);
  refresh();
  return { ok: true, message: "comments.posted", data: { id: comment.id } };
});

export const editCommentAction = authedAction(commentEditSchema, "agreement:comment", async (input, user) => {
  await editComment(input, user);
  refresh();
  return { ok: true, message: "comments.saved" };
});

// Authors may withdraw their own comment whatever their role now; lib/data checks author or moderator.
export const withdrawCommentAction = authedAction(commentWithdrawSchema, "agreement:read", async (input, user) => {
  await withdrawComment(input, user);
  refresh();
  return { ok: true, message: "comments.withdrawnDone" };
});

export const searchMentionsAction = authedAction(mentionSearchSchema, "agreement:comment", async (input, user) => {
  return { ok: true, data: await searchMentionCandidates(input.agreementId, input.query, user) };
});

export const followAction = authedAction(followSchema, "agreement:read", async (input, user) => {
  await setFollowing(input.agreementId, input.follow, user);
  refresh();
  return { ok: true, message: input.follow ? "notifications.follow.followed" : "notifications.follow.unfollowed" };
});
