import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { requirePermission } from "@/lib/auth/session";
import { listWebhookEndpoints } from "@/lib/data/webhooks";
import { webhookEventKey } from "@/lib/domain/webhook-events";
import { readOrganizations } from "@/lib/data/api-v1";
import { CreateWebhookForm } from "./webhook-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

/** Admins: the systems told of Accord's events, how their deliveries stand, and a form for a new one. */
export default async function WebhooksPage() {
  await requirePermission("user:manage");
  const [endpoints, organizations, t, format] = await Promise.all([
    listWebhookEndpoints(),
    readOrganizations(),
    getTranslations(),
    getFormatter(),
  ]);
  const cell = "px-3 py-2 align-top";
  return (
    <ClientMessages namespaces={["tracking.update.reload", "webhooks.create", "webhooks.openCreated", "webhooks.name", "webhooks.url", "webhooks.urlHint", "webhooks.events", "webhooks.organization", "webhooks.allAgreements", "webhooks.secret", "webhooks.secretOnce", "webhooks.ping", "webhooks.pause", "webhooks.resume", "webhooks.rotate", "webhooks.rotateConfirm", "webhooks.retry", "webhooks.event"]}>
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-semibold">{t("webhooks.title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("webhooks.intro")}</p>
        </div>
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="webhook-endpoints">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {(["name", "events", "scope", "state", "deliveries", "last"] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-medium">
                    {t(`webhooks.column.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {endpoints.length === 0 ? (
                <tr>
                  <td colSpan={6} className="px-3 py-6 text-center text-slate-600">
                    {t("webhooks.none")}
                  </td>
                </tr>
              ) : (
                endpoints.map((e) => (
                  <tr key={e.id} className="border-t border-slate-100" data-webhook={e.id}>
                    <td className={cell}>
                      <Link href={`/admin/webhooks/${e.id}`} className="font-medium text-blue-800 underline">
                        {e.name}
                      </Link>
                      <div className="max-w-xs truncate font-mono text-xs text-slate-600" title={e.url}>
                        {e.url}
                      </div>
                    </td>
                    <td className={cell}>{e.events.map((ev) => t(`webhooks.event.${webhookEventKey(ev)}`)).join(", ")}</td>
                    <td className={cell}>{e.organization ?? t("webhooks.allAgreements")}</td>
                    <td className={cell}>{e.paused ? t("webhooks.states.paused") : t("webhooks.states.active")}</td>
                    <td className={cell}>{t("webhooks.counts", e.counts)}</td>
                    <td className={cell}>
                      {e.lastDelivery
                        ? `${format.dateTime(e.lastDelivery.at, { dateStyle: "medium", timeStyle: "short" })} · ${e.lastDelivery.responseStatus ?? t("webhooks.noAnswer")}`
                        : t("webhooks.never")}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <section aria-labelledby="new-webhook" className="space-y-2">
          <h2 id="new-webhook" className="text-lg font-semibold">
            {t("webhooks.create")}
          </h2>
            <CreateWebhookForm organizations={organizations.map((o) => ({ id: o.id, name: o.name }))} />
        </section>
        <section aria-labelledby="webhook-receiving" className="max-w-3xl space-y-2 text-sm text-slate-700">
          <h2 id="webhook-receiving" className="text-lg font-semibold text-slate-900">
            {t("webhooks.receivingTitle")}
          </h2>
          <p>{t("webhooks.receiving")}</p>
          <p>{t("webhooks.order")}</p>
        </section>
      </div>
    </ClientMessages>
  );
}
