import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type DashboardScope } from "@/lib/domain/dashboard";
import { tableHref } from "@/lib/url-state/dashboard-scope";
import type { DashboardData } from "@/lib/data/dashboard";
import { StatusBadge } from "@/app/_components/status-badge";
import { formatDay } from "@/lib/format";
import { Panel } from "./dashboard-distribution";

/**
 * The editor's to-do list: its organization's agreements with overdue milestones or no update
 * for more than N days. The two counts link to the table filtered by organization (lead or party,
 * the same rule as what an editor may track) and by each reason.
 */
export async function DashboardAttention({
  scope,
  attention,
  organizationName,
  staleAfterDays,
}: {
  scope: DashboardScope;
  attention: NonNullable<DashboardData["attention"]>;
  organizationName: string;
  staleAfterDays: number;
}) {
  const t = await getTranslations();
  const org = attention.organizationId;
  return (
    <Panel id="attention-heading" heading={t("dashboard.attention.heading", { organization: organizationName })}>
      <p className="mb-3 text-sm text-slate-600">{t("dashboard.attention.explanation", { days: staleAfterDays })}</p>
      <ul className="mb-4 flex flex-wrap gap-3 text-sm">
        <li>
          <Link href={tableHref(scope, { org, overdue: "1" })} className="inline-flex items-baseline gap-2 rounded border border-slate-300 px-3 py-2 hover:bg-slate-50">
            <span className="text-xl font-semibold tabular-nums" data-testid="dash-attention-overdue">
              {attention.overdue}
            </span>
            {t("dashboard.attention.overdue")}
          </Link>
        </li>
        <li>
          <Link href={tableHref(scope, { org, stale: "1" })} className="inline-flex items-baseline gap-2 rounded border border-slate-300 px-3 py-2 hover:bg-slate-50">
            <span className="text-xl font-semibold tabular-nums" data-testid="dash-attention-stale">
              {attention.stale}
            </span>
            {t("dashboard.attention.stale", { days: staleAfterDays })}
          </Link>
        </li>
      </ul>
      {attention.rows.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="dash-attention-empty">
          {t("dashboard.attention.empty", { days: staleAfterDays })}
        </p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="dash-attention" data-total={attention.total}>
            <caption className="sr-only">{t("dashboard.attention.caption")}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-2 py-1">{t("dashboard.attention.agreement")}</th>
                <th scope="col" className="px-2 py-1">{t("dashboard.attention.status")}</th>
                <th scope="col" className="px-2 py-1">{t("dashboard.attention.lastUpdate")}</th>
                <th scope="col" className="px-2 py-1">{t("dashboard.attention.reasons")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {attention.rows.map((r) => (
                <tr key={r.reference} className="align-top" data-reference={r.reference}>
                  <td className="px-2 py-2">
                    <Link href={`/agreements/${r.reference}`} className="font-mono text-xs text-blue-800 underline">
                      {r.reference}
                    </Link>
                    <span className="block">{r.title}</span>
                  </td>
                  <td className="px-2 py-2">
                    <StatusBadge status={r.status} label={t(`status.${r.status}`)} />
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums">
                    {r.lastUpdateAt ? formatDay(r.lastUpdateAt) : t("dashboard.attention.never")}
                  </td>
                  <td className="px-2 py-2">
                    <ul className="space-y-0.5">
                      {r.overdueMilestones > 0 ? (
                        <li data-reason="overdue">{t("dashboard.attention.overdueReason", { count: r.overdueMilestones })}</li>
                      ) : null}
                      {r.stale ? <li data-reason="stale">{t("dashboard.attention.staleReason", { days: staleAfterDays })}</li> : null}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {attention.total > attention.rows.length ? (
            <p className="mt-2 text-xs text-slate-600">
              {t("dashboard.attention.showing", { shown: attention.rows.length, total: attention.total })}
            </p>
          ) : null}
        </div>
      )}
    </Panel>
  );
}
