import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import type { Messages } from "@/lib/i18n/catalog";
import { clientMessages } from "@/lib/i18n/client-messages";
import { AppHeader } from "@/app/_components/app-header";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [t, messages] = await Promise.all([getTranslations("app"), getMessages()]);
  // The catalog the signed-in pages' client components use (lib/i18n/client-messages.ts).
  return (
    <NextIntlClientProvider messages={clientMessages(messages as Messages)}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
