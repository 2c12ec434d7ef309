import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AGREEMENT_STATUSES, STATUS_RAG } from "@/lib/domain/vocabulary";
import { scopedAreas, type DashboardScope, type PortfolioSummary } from "@/lib/domain/dashboard";
import { tableHref } from "@/lib/url-state/dashboard-scope";
import { StatusBadge } from "@/app/_components/status-badge";
import { DashboardBarChart } from "./dashboard-bar-chart";

const share = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0);

/** Agreements by status: red/amber/green, then completed and suspended (the vocabulary's order). */
export async function DashboardStatus({ scope, summary }: { scope: DashboardScope; summary: PortfolioSummary }) {
  const t = await getTranslations();
  const rows = AGREEMENT_STATUSES.map((status) => ({ status, label: t(`status.${status}`), count: summary.byStatus[status] }));
  return (
    <Panel id="status-heading" heading={t("dashboard.status.heading")}>
      <DashboardBarChart
        testId="dash-status-chart"
        label={t("dashboard.status.chartLabel", { values: rows.map((r) => `${r.label} ${r.count}`).join(", ") })}
        bars={rows.map((r) => ({ key: r.status, name: r.label, value: r.count, rag: STATUS_RAG[r.status] }))}
      />
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{t("dashboard.status.caption")}</caption>
        <thead className="text-left text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className="py-1">{t("dashboard.status.status")}</th>
            <th scope="col" className="py-1 text-right">{t("dashboard.status.count")}</th>
            <th scope="col" className="py-1 text-right">{t("dashboard.status.share")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.status}>
              <th scope="row" className="py-1.5 text-left font-normal">
                <StatusBadge status={r.status} label={r.label} />
              </th>
              <td className="py-1.5 text-right">
                <Link
                  href={tableHref(scope, { status: [r.status] })}
                  className="font-semibold text-blue-800 tabular-nums underline"
                  data-testid={`dash-status-${r.status}`}
                  aria-label={t("dashboard.status.countLabel", { status: r.label, count: r.count })}
                >
                  {r.count}
                </Link>
              </td>
              <td className="py-1.5 text-right text-slate-600 tabular-nums">
                {t("dashboard.status.shareValue", { value: share(r.count, summary.total) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

export async function DashboardAreas({ scope, summary }: { scope: DashboardScope; summary: PortfolioSummary }) {
  const t = await getTranslations();
  const rows = scopedAreas(scope).map((area) => ({ area, label: t(`area.${area}`), ...summary.byArea[area] }));
  return (
    <Panel id="area-heading" heading={t("dashboard.area.heading")}>
      <DashboardBarChart
        testId="dash-area-chart"
        label={t("dashboard.area.chartLabel", { values: rows.map((r) => `${r.label} ${r.count}`).join(", ") })}
        bars={rows.map((r) => ({ key: r.area, name: r.label, value: r.count }))}
      />
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{t("dashboard.area.caption")}</caption>
        <thead className="text-left text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className="py-1">{t("dashboard.area.area")}</th>
            <th scope="col" className="py-1 text-right">{t("dashboard.area.count")}</th>
            <th scope="col" className="py-1 text-right">{t("dashboard.area.averageProgress")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.area}>
              <th scope="row" className="py-1.5 text-left font-normal">{r.label}</th>
              <td className="py-1.5 text-right">
                <Link
                  href={tableHref(scope, { area: [r.area] })}
                  className="font-semibold text-blue-800 tabular-nums underline"
                  data-testid={`dash-area-${r.area}`}
                  aria-label={t("dashboard.area.countLabel", { area: r.label, count: r.count })}
                >
                  {r.count}
                </Link>
              </td>
              <td className="py-1.5 text-right text-slate-600 tabular-nums" data-testid={`dash-area-progress-${r.area}`}>
                {r.averageProgress === null
                  ? t("dashboard.figures.averageProgressNone")
                  : t("dashboard.figures.averageProgressValue", { value: r.averageProgress })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

export function Panel({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5 break-inside-avoid">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
