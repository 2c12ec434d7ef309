import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { listNotifications, type NotificationRow } from "@/lib/data/notifications";
import { notificationsQuerySchema } from "@/lib/validations/notification";
import { formatDateTime } from "@/lib/format";
import { MarkAllReadButton, MarkReadButton } from "./notification-buttons";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requirePermission("agreement:read");
  const query = notificationsQuerySchema.parse(await searchParams);
  const [t, tAll, list] = await Promise.all([getTranslations("notifications"), getTranslations(), listNotifications(user.id, query.page)]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const text = (n: NotificationRow) => {
    const status = typeof n.data.statusAfter === "string" && tAll.has(`status.${n.data.statusAfter}`) ? tAll(`status.${n.data.statusAfter}`) : "";
    return t(`kind.${n.kind as "mention"}`, {
      actor: n.actor ?? t("system"),
      reference: n.agreement?.reference ?? String(n.data.reference ?? ""),
      status,
      progress: typeof n.data.progressAfter === "number" ? n.data.progressAfter : 0,
    });
  };
  return (
    <ClientMessages namespaces={["tracking.update.reload", "notifications.markRead", "notifications.markAllRead"]}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h1 className="text-2xl font-semibold">{t("title")}</h1>
            <p className="text-sm text-slate-600">{t("intro")}</p>
          </div>
          {list.rows.some((n) => !n.read) ? <MarkAllReadButton /> : null}
        </div>
        {list.total === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
        <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
          {list.rows.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-2 px-4 py-3 ${n.read ? "" : "bg-blue-50"}`} data-notification={n.id} data-read={n.read ? "true" : "false"} data-kind={n.kind}>
              <div>
                {/* A plain link (no prefetch): opening it marks it read, then goes where it happened. */}
                <a href={`/notifications/${n.id}`} className={`text-sm ${n.read ? "" : "font-semibold"} text-blue-900 underline`}>
                  {text(n)}
                </a>
                {n.agreement ? <p className="text-xs text-slate-600">{n.agreement.title}</p> : null}
                <p className="text-xs text-slate-500">
                  <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                  {n.read ? null : <span className="ml-2 font-medium text-blue-900">{t("unread")}</span>}
                </p>
              </div>
              {n.read ? null : <MarkReadButton id={n.id} />}
            </li>
          ))}
        </ol>
        {pages > 1 ? (
          <nav aria-label={t("title")} className="flex items-center gap-3 text-sm">
            {query.page > 1 ? <Link href={`/notifications?page=${query.page - 1}`} className="underline">{t("previous")}</Link> : null}
            <span>{t("page", { page: query.page, pages })}</span>
            {query.page < pages ? <Link href={`/notifications?page=${query.page + 1}`} className="underline">{t("next")}</Link> : null}
          </nav>
        ) : null}
      </div>
    </ClientMessages>
  );
}
