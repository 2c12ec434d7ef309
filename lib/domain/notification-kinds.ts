// The one list of what notifies people, and how each kind reaches them by e-mail unless the person
// chose otherwise (NotificationPreference). In-app notifications always show.

export const NOTIFICATION_KINDS = [
  // Someone @mentioned me in a comment.
  "mention",
  // A comment on an agreement I follow.
  "comment",
  // An agreement I follow turned at risk, delayed or suspended.
  "status_alert",
  // An agreement I follow got a status update (any other change).
  "status_update",
  // A milestone I own is due within MILESTONE_DUE_SOON_DAYS.
  "milestone_due_soon",
  // A milestone I own became overdue.
  "milestone_overdue",
  // An agreement my organization leads or is a party to became stale.
  "agreement_stale",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EMAIL_CHANNELS = ["immediate", "digest", "off"] as const;
export type EmailChannel = (typeof EMAIL_CHANNELS)[number];

export const DEFAULT_EMAIL_CHANNEL: Record<NotificationKind, EmailChannel> = {
  mention: "immediate",
  comment: "digest",
  status_alert: "immediate",
  status_update: "digest",
  milestone_due_soon: "immediate",
  milestone_overdue: "immediate",
  agreement_stale: "digest",
};

export const DIGEST_FREQUENCIES = ["weekly", "daily", "off"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** Statuses whose arrival is an alert rather than a routine update. */
export const ALERT_STATUSES = ["at_risk", "delayed", "suspended"] as const;

export const MILESTONE_DUE_SOON_DAYS = 7;

export const OUTBOX_CHANNELS = ["email", "webhook"] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];
export const OUTBOX_STATUSES = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
