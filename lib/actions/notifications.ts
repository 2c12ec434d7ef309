"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "./authed-action";
import { markAllSchema, notificationIdSchema } from "../validations/notification";
import { markAllNotificationsRead, markNotificationRead } from "../data/notifications";

export const markNotificationReadAction = authedAction(notificationIdSchema, "agreement:read", async (input, user) => {
  await markNotificationRead(input.id, user);
  revalidatePath("/", "layout");
  return { ok: true, message: "notifications.markedRead" };
});

export const markAllNotificationsReadAction = authedAction(markAllSchema, "agreement:read", async (_input, user) => {
  await markAllNotificationsRead(user);
  revalidatePath("/", "layout");
  return { ok: true, message: "notifications.markedAllRead" };
});
