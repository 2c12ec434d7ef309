import { getTranslations } from "next-intl/server";
import { AGREEMENT_STATUSES } from "@/lib/domain/vocabulary";
import type { TrendPoint } from "@/lib/domain/dashboard";
import { formatDay } from "@/lib/format";
import { Panel } from "./dashboard-distribution";
import { DashboardTrendChart, type TrendRow } from "./dashboard-trend-chart";

/**
 * The weekly status distribution: a line chart for the eye, a one-line first-vs-last summary that
 * prints, and the full figures as a table for screen readers.
 */
export async function DashboardTrend({ trend }: { trend: readonly TrendPoint[] }) {
  const t = await getTranslations();
  const series = AGREEMENT_STATUSES.map((status) => ({ status, name: t(`status.${status}`) }));
  const rows: TrendRow[] = trend.map((p) => ({ weekEnd: formatDay(p.weekEnd), ...p.counts }));
  const first = rows[0];
  const last = rows[rows.length - 1];
  const hasHistory = Boolean(last && AGREEMENT_STATUSES.some((s) => last[s] > 0));

  return (
    <Panel id="trend-heading" heading={t("dashboard.trend.heading")}>
      <p className="mb-3 text-sm text-slate-600">{t("dashboard.trend.explanation")}</p>
      {!hasHistory || !first || !last ? (
        <p className="text-sm text-slate-600">{t("dashboard.trend.empty")}</p>
      ) : (
        <>
          <DashboardTrendChart
            label={t("dashboard.trend.chartLabel", { from: first.weekEnd, to: last.weekEnd })}
            rows={rows}
            series={series}
          />
          <p className="mt-3 text-sm" data-testid="dash-trend-summary">
            <span className="font-medium">{t("dashboard.trend.summary", { from: first.weekEnd, to: last.weekEnd })}</span>{" "}
            {series
              .map((s) => t("dashboard.trend.change", { status: s.name, from: first[s.status], to: last[s.status] }))
              .join("; ")}
          </p>
          <div className="sr-only">
            <table data-testid="dash-trend-table">
              <caption>{t("dashboard.trend.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.trend.weekEnd")}</th>
                  {series.map((s) => (
                    <th key={s.status} scope="col">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.weekEnd} data-week-end={row.weekEnd}>
                    <th scope="row">{row.weekEnd}</th>
                    {series.map((s) => (
                      <td key={s.status} data-status={s.status}>
                        {row[s.status]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Panel>
  );
}
