import type { Messages } from "./catalog";

/**
 * Messages that only server components read: left out of what the browser receives with every
 * page (NextIntlClientProvider serializes its messages into each response). The dashboard's and
 * the status report's texts are rendered on the server; the import page adds its own namespace
 * for its client forms (see `clientMessages(messages, ["import"])`).
 */
const SERVER_ONLY = ["dashboard", "import", "account", "mail", "notificationPrefs", "deliveries", "unsubscribe", "apiTokens", "apiReference", "webhooks", "translations"] as const satisfies readonly (keyof Messages)[];
export type ServerOnlyNamespace = (typeof SERVER_ONLY)[number];

/** The catalog the client components need, plus the `extra` namespaces a page's forms use. */
export function clientMessages(messages: Messages, extra: readonly ServerOnlyNamespace[] = []): Partial<Messages> {
  const picked: Partial<Record<keyof Messages, unknown>> = {};
  for (const key of Object.keys(messages) as (keyof Messages)[]) {
    if ((SERVER_ONLY as readonly string[]).includes(key) && !(extra as readonly string[]).includes(key)) continue;
    picked[key] = key === "reports" ? { export: messages.reports.export } : messages[key];
  }
  return picked as Partial<Messages>;
}
