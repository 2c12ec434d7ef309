import { z } from "zod";
import { DIGEST_FREQUENCIES, EMAIL_CHANNELS, NOTIFICATION_KINDS, OUTBOX_STATUSES } from "../domain/notification-kinds";
import { isTimeZone } from "../domain/notification-schedule";
import { entityId } from "./common";

const channel = z.enum(EMAIL_CHANNELS, { message: "errors.invalidInput" });

export const notificationPreferencesSchema = z.object({
  channels: z.object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, channel])) as Record<(typeof NOTIFICATION_KINDS)[number], typeof channel>),
  digestFrequency: z.enum(DIGEST_FREQUENCIES, { message: "errors.invalidInput" }),
  timeZone: z.string().trim().max(64).refine(isTimeZone, { message: "notificationPrefs.unknownTimeZone" }),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

export const retryDeliverySchema = z.object({ id: entityId() });

/** The delivery log's URL state: status filter and page, junk falls back to defaults. */
export const deliveryQuerySchema = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  /** The delivery just queued again, so the page can say so after its row has left the list. */
  retried: entityId().optional().catch(undefined),
});
export const DELIVERY_PAGE_SIZE = 50;

/** An unsubscribe link's query: the signed token (lib/domain/unsubscribe-token.ts), URL-safe by construction. */
export const unsubscribeQuerySchema = z.object({
  token: z.string().min(1).max(400).regex(/^[A-Za-z0-9_.-]+$/),
});
