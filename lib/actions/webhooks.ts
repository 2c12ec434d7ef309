"use server";

import { revalidatePath } from "next/cache";
import {
  createWebhookEndpoint,
  pauseWebhookEndpoint,
  resumeWebhookEndpoint,
  retryWebhookDelivery,
  rotateWebhookSecret,
  sendWebhookPing,
} from "../data/webhooks";
import { webhookCreateSchema, webhookDeliverySchema, webhookEndpointSchema } from "../validations/webhooks";
import { authedAction } from "./authed-action";

// Webhooks are an administrator's business: who and what outside Accord hears of its changes.
// The signing secret travels back once, in the action's reply, and is never shown again.

export const createWebhookAction = authedAction(webhookCreateSchema, "user:manage", async (input, user) => {
  const { id, secret } = await createWebhookEndpoint(input, user);
  revalidatePath("/admin/webhooks");
  return { ok: true, message: "webhooks.created", data: { id, secret } };
});

export const pauseWebhookAction = authedAction(webhookEndpointSchema, "user:manage", async (input, user) => {
  await pauseWebhookEndpoint(input.endpointId, user);
  revalidatePath(`/admin/webhooks/${input.endpointId}`);
  return { ok: true, message: "webhooks.paused" };
});

export const resumeWebhookAction = authedAction(webhookEndpointSchema, "user:manage", async (input, user) => {
  await resumeWebhookEndpoint(input.endpointId, user);
  revalidatePath(`/admin/webhooks/${input.endpointId}`);
  return { ok: true, message: "webhooks.resumed" };
});

export const rotateWebhookSecretAction = authedAction(webhookEndpointSchema, "user:manage", async (input, user) => {
  const { secret } = await rotateWebhookSecret(input.endpointId, user);
  revalidatePath(`/admin/webhooks/${input.endpointId}`);
  return { ok: true, message: "webhooks.rotated", data: { secret } };
});

export const pingWebhookAction = authedAction(webhookEndpointSchema, "user:manage", async (input, user) => {
  await sendWebhookPing(input.endpointId, user);
  revalidatePath(`/admin/webhooks/${input.endpointId}`);
  return { ok: true, message: "webhooks.pinged" };
});

export const retryWebhookDeliveryAction = authedAction(webhookDeliverySchema, "user:manage", async (input, user) => {
  await retryWebhookDelivery(input.endpointId, input.deliveryId, user.id);
  revalidatePath(`/admin/webhooks/${input.endpointId}`);
  return { ok: true, message: "webhooks.retried" };
});
