import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { requirePermission } from "@/lib/auth/session";
import { webhookEndpointWithDeliveries } from "@/lib/data/webhooks";
import { OUTBOX_STATUSES } from "@/lib/domain/notification-kinds";
import { WEBHOOK_EVENTS, webhookEventKey } from "@/lib/domain/webhook-events";
import { entityId } from "@/lib/validations/common";
import { webhookPageQuerySchema } from "@/lib/validations/webhooks";
import { EndpointControls, RetryWebhookButton } from "../webhook-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

/** One endpoint: its settings, test and pause, and every delivery with the answer it got. */
export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("user:manage");
  const id = entityId().safeParse((await params).id);
  if (!id.success) notFound();
  const raw = await searchParams;
  const query = webhookPageQuerySchema.parse({ page: Array.isArray(raw.page) ? raw.page[0] : raw.page });
  const [found, t, format] = await Promise.all([webhookEndpointWithDeliveries(id.data, query.page), getTranslations(), getFormatter()]);
  if (!found) notFound();
  const { endpoint, deliveries } = found;
  const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" }) : "");
  const eventLabel = (type: string) =>
    (WEBHOOK_EVENTS as readonly string[]).includes(type) ? t(`webhooks.event.${webhookEventKey(type as (typeof WEBHOOK_EVENTS)[number])}`) : t("webhooks.event.ping");
  const cell = "px-3 py-2 align-top";
  return (
    <ClientMessages namespaces={["tracking.update.reload", "webhooks.create", "webhooks.openCreated", "webhooks.name", "webhooks.url", "webhooks.urlHint", "webhooks.events", "webhooks.organization", "webhooks.allAgreements", "webhooks.secret", "webhooks.secretOnce", "webhooks.ping", "webhooks.pause", "webhooks.resume", "webhooks.rotate", "webhooks.rotateConfirm", "webhooks.retry", "webhooks.event"]}>
      <div className="space-y-6">
        <div>
          <Link href="/admin/webhooks" className="text-sm text-blue-800 underline">
            {t("webhooks.back")}
          </Link>
          <h1 className="mt-1 text-2xl font-semibold">{endpoint.name}</h1>
          <dl className="mt-2 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("webhooks.url")}</dt>
            <dd className="font-mono break-all">{endpoint.url}</dd>
            <dt className="text-slate-600">{t("webhooks.events")}</dt>
            <dd>{endpoint.events.map((e) => eventLabel(e)).join(", ")}</dd>
            <dt className="text-slate-600">{t("webhooks.column.scope")}</dt>
            <dd>{endpoint.organization ?? t("webhooks.allAgreements")}</dd>
            <dt className="text-slate-600">{t("webhooks.column.state")}</dt>
            <dd data-testid="webhook-state">{endpoint.paused ? t("webhooks.states.paused") : t("webhooks.states.active")}</dd>
            <dt className="text-slate-600">{t("webhooks.secretHint")}</dt>
            <dd className="font-mono">{endpoint.secretHint}…</dd>
            <dt className="text-slate-600">{t("webhooks.createdBy")}</dt>
            <dd>
              {endpoint.createdBy}, {when(endpoint.createdAt)}
            </dd>
          </dl>
        </div>
          <EndpointControls endpointId={endpoint.id} paused={endpoint.paused} />
          <section aria-labelledby="webhook-deliveries" className="mt-6 space-y-2">
            <h2 id="webhook-deliveries" className="text-lg font-semibold">
              {t("webhooks.deliveries")}
            </h2>
            <p className="text-sm text-slate-600">{t("webhooks.counts", endpoint.counts)}</p>
            <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="webhook-deliveries">
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    {(["created", "event", "agreement", "status", "attempts", "answer", "next"] as const).map((c) => (
                      <th key={c} scope="col" className="px-3 py-2 font-medium">
                        {t(`webhooks.deliveryColumn.${c}`)}
                      </th>
                    ))}
                    <th scope="col" className="px-3 py-2">
                      <span className="sr-only">{t("webhooks.retry")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {deliveries.length === 0 ? (
                    <tr>
                      <td colSpan={8} className="px-3 py-6 text-center text-slate-600">
                        {t("webhooks.noDeliveries")}
                      </td>
                    </tr>
                  ) : (
                    deliveries.map((d) => (
                      <tr key={d.id} className="border-t border-slate-100" data-delivery={d.id} data-status={d.status}>
                        <td className={cell}>{when(d.createdAt)}</td>
                        <td className={cell}>
                          {eventLabel(d.type)}
                          <div className="font-mono text-xs text-slate-500">{d.eventId}</div>
                        </td>
                        <td className={cell}>
                          {d.agreementReference ? (
                            <Link href={`/agreements/${encodeURIComponent(d.agreementReference)}`} className="text-blue-800 underline">
                              {d.agreementReference}
                            </Link>
                          ) : null}
                        </td>
                        <td className={cell}>{t(`deliveries.status.${d.status as (typeof OUTBOX_STATUSES)[number]}`)}</td>
                        <td className={cell}>{d.attempts}</td>
                        <td className={`${cell} max-w-sm font-mono text-xs break-words`} data-testid="webhook-answer">
                          {d.responseStatus !== null ? `HTTP ${d.responseStatus}` : null}
                          {d.responseBody ? <div className="text-slate-600">{d.responseBody}</div> : null}
                          {d.lastError && d.responseStatus === null ? <div className="text-red-800">{d.lastError}</div> : null}
                        </td>
                        <td className={cell}>{d.status === "pending" ? when(d.nextAttemptAt) : when(d.sentAt)}</td>
                        <td className={cell}>
                          {d.status === "failed" ? <RetryWebhookButton endpointId={endpoint.id} deliveryId={d.id} label={`${eventLabel(d.type)} ${d.eventId}`} /> : null}
                        </td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
            {pages > 1 ? (
              <nav aria-label={t("webhooks.pages")} className="flex gap-3 text-sm">
                {query.page > 1 ? <Link href={`/admin/webhooks/${endpoint.id}?page=${query.page - 1}`}>{t("webhooks.previous")}</Link> : null}
                <span>{t("webhooks.pageOf", { page: query.page, pages })}</span>
                {query.page < pages ? <Link href={`/admin/webhooks/${endpoint.id}?page=${query.page + 1}`}>{t("webhooks.next")}</Link> : null}
              </nav>
            ) : null}
          </section>
      </div>
    </ClientMessages>
  );
}
