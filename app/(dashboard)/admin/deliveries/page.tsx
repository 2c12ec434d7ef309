import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { requirePermission } from "@/lib/auth/session";
import { deliveryRecipient, listDeliveries } from "@/lib/data/deliveries";
import { mailStatus } from "@/lib/data/notification-preferences";
import { OUTBOX_STATUSES, NOTIFICATION_KINDS } from "@/lib/domain/notification-kinds";
import { deliveryQuerySchema } from "@/lib/validations/notification-preferences";
import { RetryButton } from "./retry-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("deliveries"))("title") };
}

/** Admins: every e-mail per person and kind, sent, pending or failed with the server's answer. */
export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("user:manage");
  const raw = await searchParams;
  const query = deliveryQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [page, t, format, retried] = await Promise.all([
    listDeliveries(query),
    getTranslations(),
    getFormatter(),
    query.retried ? deliveryRecipient(query.retried) : null,
  ]);
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "");
  const kindLabel = (kind: string) =>
    kind === "digest"
      ? t("deliveries.digest")
      : NOTIFICATION_KINDS.includes(kind as never)
        ? t(`notificationPrefs.kind.${kind as (typeof NOTIFICATION_KINDS)[number]}`)
        : kind;
  const href = (p: number) => `/admin/deliveries?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), page: String(p) })}`;
  const cell = "px-3 py-2 align-top";
  return (
    <ClientMessages namespaces={["tracking.update.reload", "deliveries.retry", "deliveries.retryLabel"]}>
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("deliveries.title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("deliveries.intro")}</p>
        </div>
        {mailStatus().mode === "off" ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("deliveries.mailOff")}
          </p>
        ) : null}
        {retried ? (
          <p role="status" data-testid="delivery-retried" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
            {t("deliveries.retriedTo", { person: retried.person, status: t(`deliveries.status.${retried.status as (typeof OUTBOX_STATUSES)[number]}`) })}
          </p>
        ) : null}
        <form method="get" className="flex items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <div>
            <label htmlFor="delivery-status" className="block">
              {t("deliveries.statusFilter")}
            </label>
            <select id="delivery-status" name="status" defaultValue={query.status ?? ""} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5">
              <option value="">{t("deliveries.all")}</option>
              {OUTBOX_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`deliveries.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">
            {t("deliveries.filter")}
          </button>
        </form>
          <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm" data-testid="deliveries">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  {(["created", "person", "kind", "status", "attempts", "next", "answer", "sent"] as const).map((c) => (
                    <th key={c} scope="col" className="px-3 py-2 font-medium">
                      {t(`deliveries.column.${c}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("deliveries.retry")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.rows.length === 0 ? (
                  <tr>
                    <td colSpan={9} className="px-3 py-6 text-center text-slate-600">
                      {t("deliveries.empty")}
                    </td>
                  </tr>
                ) : (
                  page.rows.map((r) => (
                    <tr key={r.id} className="border-t border-slate-100" data-delivery={r.id} data-status={r.status}>
                      <td className={cell}>{when(r.createdAt)}</td>
                      <td className={cell}>
                        {r.person ? (
                          <>
                            {r.person.name}
                            <div className="text-slate-600">{r.person.email}</div>
                          </>
                        ) : null}
                      </td>
                      <td className={cell}>{kindLabel(r.kind)}</td>
                      <td className={cell}>{t(`deliveries.status.${r.status as (typeof OUTBOX_STATUSES)[number]}`)}</td>
                      <td className={cell}>{r.attempts}</td>
                      <td className={cell}>{r.status === "pending" ? when(r.nextAttemptAt) : ""}</td>
                      <td className={`${cell} max-w-sm font-mono text-xs break-words`}>{r.lastError}</td>
                      <td className={cell}>{when(r.sentAt)}</td>
                      <td className={cell}>{r.status === "failed" ? <RetryButton id={r.id} person={r.person?.name ?? ""} /> : null}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        <nav aria-label={t("deliveries.pagination")} className="flex items-center gap-4 text-sm">
          {query.page > 1 ? <Link href={href(query.page - 1)}>{t("deliveries.previous")}</Link> : null}
          <span>{t("deliveries.page", { page: query.page, pages, total: page.total })}</span>
          {query.page < pages ? <Link href={href(query.page + 1)}>{t("deliveries.next")}</Link> : null}
        </nav>
      </div>
    </ClientMessages>
  );
}
