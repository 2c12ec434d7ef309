import type { Messages } from "./catalog";

/**
 * The part of the catalog a page's client components use, by the namespaces or keys the page
 * names (`<ClientMessages namespaces={["filters", "views.save"]}>`): NextIntlClientProvider
 * serializes its messages into every response, so a page sends only these. What server
 * components render needs nothing in the browser; nor do actions' outcomes, which the server puts
 * in words (lib/actions/outcome-text.ts). tests/unit/client-messages.test.ts reads each page's
 * client components and checks that its list holds every key they use, and nothing they don't.
 */
export function clientMessages(messages: Messages, namespaces: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const parts = namespace.split(".");
    let from: unknown = messages;
    for (const part of parts) from = isBranch(from) ? from[part] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const part of parts.slice(0, -1)) {
      const next = into[part];
      // A copy: a branch picked whole is the catalog's own object, never written to.
      into = into[part] = isBranch(next) ? { ...next } : {};
    }
    into[parts[parts.length - 1]!] = from;
  }
  return picked;
}

const isBranch = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
