"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "./authed-action";
import {
  milestoneCompleteSchema,
  milestoneCreateSchema,
  milestoneEditSchema,
  milestoneReopenSchema,
  statusUpdateSchema,
} from "../validations/tracking";
import { postStatusUpdate } from "../data/tracking";
import { addMilestone, completeMilestone, editMilestone, reopenMilestone } from "../data/milestones";

// Permissions are checked in two steps: authedAction checks the role ("agreement:track"), then each
// lib/data write checks this agreement (lib/data/agreement-write-permission.ts) in its transaction.

const refresh = () => {
  revalidatePath("/agreements", "layout");
  revalidatePath("/");
};

export const postStatusUpdateAction = authedAction(statusUpdateSchema, "agreement:track", async (input, user) => {
  await postStatusUpdate(input, user);
  refresh();
  return { ok: true, message: "tracking.update.saved" };
});

export const addMilestoneAction = authedAction(milestoneCreateSchema, "agreement:track", async (input, user) => {
  await addMilestone(input, user);
  refresh();
  return { ok: true, message: "tracking.milestone.added" };
});

export const editMilestoneAction = authedAction(milestoneEditSchema, "agreement:track", async (input, user) => {
  await editMilestone(input, user);
  refresh();
  return { ok: true, message: "tracking.milestone.saved" };
});

export const completeMilestoneAction = authedAction(milestoneCompleteSchema, "agreement:track", async (input, user) => {
  await completeMilestone(input, user);
  refresh();
  return { ok: true, message: "tracking.milestone.completed" };
});

export const reopenMilestoneAction = authedAction(milestoneReopenSchema, "agreement:track", async (input, user) => {
  await reopenMilestone(input, user);
  refresh();
  return { ok: true, message: "tracking.milestone.reopened" };
});
