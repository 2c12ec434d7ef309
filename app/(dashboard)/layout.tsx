import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { AppHeader } from "@/app/_components/app-header";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations("app");
  // No words travel from here: each page sends what its own client components use
  // (lib/i18n/client-messages.ts). This provider gives the header's the locale and time zone.
  return (
    <ClientMessages namespaces={[]}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </ClientMessages>
  );
}
