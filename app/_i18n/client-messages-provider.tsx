import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages } from "@/lib/i18n/catalog";
import { clientMessages, type ServerOnlyNamespace } from "@/lib/i18n/client-messages";

/**
 * The catalog the client components below it use (lib/i18n/client-messages.ts), plus the `extra`
 * namespaces a page's own forms need. The root layout sets none: the sign-in page needs none.
 */
export async function ClientMessages({ extra = [], children }: { extra?: readonly ServerOnlyNamespace[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages as Messages, extra)}>{children}</NextIntlClientProvider>;
}
