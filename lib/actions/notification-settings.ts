"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "./authed-action";
import { notificationPreferencesSchema, retryDeliverySchema } from "../validations/notification-preferences";
import { saveNotificationSettings } from "../data/notification-preferences";
import { retryDelivery } from "../data/deliveries";

// Every role holds agreement:read, and the write is scoped to the signed-in person's own rows.
export const saveNotificationSettingsAction = authedAction(notificationPreferencesSchema, "agreement:read", async (input, user) => {
  await saveNotificationSettings(user.id, input);
  revalidatePath("/account/notifications");
  return { ok: true, message: "notificationPrefs.saved" };
});

// The delivery log is about people's mail: the permission that manages people.
export const retryDeliveryAction = authedAction(retryDeliverySchema, "user:manage", async (input, user) => {
  await retryDelivery(input.id, user.id);
  revalidatePath("/admin/deliveries");
  return { ok: true, message: "deliveries.retried" };
});
