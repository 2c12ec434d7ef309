// What webhooks tell, on its own: the browser's forms list the events, without the signing and
// address checks of ./webhooks.ts (which need node:crypto and node:net).

export const WEBHOOK_EVENTS = ["status.changed", "milestone.completed", "milestone.overdue", "comment.added"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** Sent on demand from the endpoint's page, to check the receiver; not something to subscribe to. */
export const WEBHOOK_PING = "ping";
export type WebhookEventType = WebhookEvent | typeof WEBHOOK_PING;

/** What the receiver gets as the body (JSON), fixed when the event happens. */
export type WebhookPayload = {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  agreement: { reference: string; title: string; url: string } | null;
  /** Who made the change; null for events computed by the worker (a milestone becoming overdue). */
  actor: { name: string } | null;
  data: Record<string, unknown>;
};

/** The catalog key of an event's label (message keys cannot hold dots: they mean nesting). */
export const webhookEventKey = (event: WebhookEventType) => event.replace(".", "_") as EventKey;
type EventKey = "status_changed" | "milestone_completed" | "milestone_overdue" | "comment_added" | "ping";
