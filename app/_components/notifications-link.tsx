import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unreadCount } from "@/lib/data/notifications";

/** The header's bell: the unread count on every page, one indexed count per request. */
export async function NotificationsLink({ userId }: { userId: string }) {
  const [t, count] = await Promise.all([getTranslations("notifications"), unreadCount(userId)]);
  return (
    <Link
      href="/notifications"
      aria-label={t("unreadCount", { count })}
      title={t("unreadCount", { count })}
      className="relative inline-flex items-center rounded-md border border-slate-300 px-2.5 py-1.5 hover:bg-slate-50"
      data-testid="notifications-link"
      data-unread={count}
    >
      <span aria-hidden="true">{t("navLabel")}</span>
      {count > 0 ? (
        <span aria-hidden="true" className="ml-1.5 rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white" data-testid="unread-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
