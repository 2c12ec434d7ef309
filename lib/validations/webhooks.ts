import { z } from "zod";
import { WEBHOOK_EVENTS } from "../domain/webhook-events";
import { entityId } from "./common";

const events = z
  .array(z.enum(WEBHOOK_EVENTS, { message: "webhooks.errors.event" }))
  .min(1, { message: "webhooks.errors.noEvents" })
  .transform((list) => WEBHOOK_EVENTS.filter((e) => list.includes(e)));

export const webhookCreateSchema = z.object({
  name: z.string().trim().min(1, { message: "validation.required" }).max(100, { message: "validation.tooLong" }),
  url: z.string().trim().min(1, { message: "validation.required" }).max(2000, { message: "validation.tooLong" }),
  events,
  // "": every agreement
  organizationId: z.union([z.literal(""), entityId()]).default(""),
});
export type WebhookCreateInput = z.infer<typeof webhookCreateSchema>;

export const webhookEndpointSchema = z.object({ endpointId: entityId() });
export const webhookDeliverySchema = z.object({ endpointId: entityId(), deliveryId: entityId() });

export const webhookPageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
