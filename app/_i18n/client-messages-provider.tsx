import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages } from "@/lib/i18n/catalog";
import { clientMessages } from "@/lib/i18n/client-messages";

/**
 * The messages the client components below it use: the `namespaces` (or single keys) the page
 * names, and nothing else (lib/i18n/client-messages.ts). Written out as a list of strings, which
 * tests/unit/client-messages.test.ts checks against what those components call.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages as Messages, namespaces)}>{children}</NextIntlClientProvider>;
}
