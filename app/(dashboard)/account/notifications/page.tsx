import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { requirePermission } from "@/lib/auth/session";
import { getNotificationSettings, mailStatus } from "@/lib/data/notification-preferences";
import { timeZoneOptions } from "@/lib/domain/notification-schedule";
import { PreferencesForm } from "./preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationPrefs"))("title") };
}

/** The signed-in person's own e-mail choices per notification kind, digest frequency and time zone. */
export default async function NotificationSettingsPage() {
  const user = await requirePermission("agreement:read");
  const [settings, t] = await Promise.all([getNotificationSettings(user.id), getTranslations()]);
  const mail = mailStatus();
  return (
    <ClientMessages namespaces={["tracking.update.reload", "notificationPrefs"]}>
      <div className="max-w-3xl space-y-6">
        <div>
          <Link href="/account" className="text-sm text-blue-800 underline">
            ← {t("account.title")}
          </Link>
          <h1 className="mt-3 text-2xl font-semibold">{t("notificationPrefs.title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{t("notificationPrefs.intro")}</p>
        </div>
        {mail.mode === "off" ? (
          <p role="status" data-testid="mail-off" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("notificationPrefs.mailOff")}
          </p>
        ) : mail.mode === "file" ? (
          <p role="status" className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm">
            {t("notificationPrefs.mailFiles", { dir: mail.dir ?? "" })}
          </p>
        ) : null}
          <PreferencesForm settings={settings} timeZones={timeZoneOptions()} />
      </div>
    </ClientMessages>
  );
}
