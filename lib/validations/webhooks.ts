import { z } from "zod";
import { WEBHOOK_EVENTS } from "../domain/webhook-events";
import { AGREEMENT_STATUSES } from "../domain/vocabulary";
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

// ---------------------------------------------------------------------------------------------
// What a receiver gets: one schema per event, checked when the event is queued (a body that does
// not match is a bug, caught in the change's transaction) and published in the OpenAPI document's
// `webhooks` section, so integrators generate their receivers from the same contract.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "A calendar day, YYYY-MM-DD." });
const status = z.enum(AGREEMENT_STATUSES);
const envelope = <T extends string, D extends z.ZodType>(type: T, data: D, description: string) =>
  z
    .object({
      id: z.string().meta({ description: "The event's id, also in the webhook-id header; the same on every retry (drop duplicates by it)." }),
      type: z.literal(type),
      occurredAt: z.string().meta({ description: "When the change was made (ISO 8601, UTC)." }),
      agreement: z
        .object({ reference: z.string(), title: z.string(), url: z.string().meta({ description: "The agreement's page in Accord." }) })
        .nullable(),
      actor: z.object({ name: z.string() }).nullable().meta({ description: "Who made the change; null when Accord computed the event." }),
      data,
    })
    .meta({ description });

export const webhookPayloadSchemas = {
  "status.changed": envelope(
    "status.changed",
    z.object({
      statusUpdateId: z.string(),
      status: z.object({ before: status, after: status }),
      progress: z.object({ before: z.number().int(), after: z.number().int() }),
      note: z.string(),
    }),
    "A status update changed the agreement's status or progress.",
  ),
  "milestone.completed": envelope(
    "milestone.completed",
    z.object({
      milestone: z.object({ id: z.string(), title: z.string(), ownerId: z.string().nullable(), dueDate: day, doneDate: day.nullable(), evidence: z.string() }),
    }),
    "A milestone was marked completed.",
  ),
  "milestone.overdue": envelope(
    "milestone.overdue",
    z.object({ milestone: z.object({ id: z.string(), title: z.string(), dueDate: day, owner: z.string().nullable() }) }),
    "A milestone passed its due date without being completed (once per milestone and due date).",
  ),
  "comment.added": envelope(
    "comment.added",
    z.object({ comment: z.object({ id: z.string(), body: z.string(), milestoneId: z.string().nullable(), createdAt: z.string() }) }),
    "A comment was added to the agreement's discussion.",
  ),
  ping: envelope("ping", z.object({}), "A test event sent from the endpoint's page in Accord."),
} as const;
