import { getTranslations } from "next-intl/server";
import { AGREEMENT_STATUSES, AREAS } from "@/lib/domain/vocabulary";
import { STATUS_FILL } from "@/lib/reports/report-colours";
import { areaTotal, statusTotal, type StatusReport } from "@/lib/domain/status-report";

const LABEL_W = 210;
const BAR_W = 420;
const ROW_H = 26;

/**
 * Stacked bars drawn as SVG on the server: visible without JavaScript and in print. The table
 * below it is the text alternative (aria-describedby), and every segment has its count as text.
 */
export async function CountsChart({ report }: { report: StatusReport }) {
  const t = await getTranslations();
  const max = Math.max(1, ...AREAS.map((a) => areaTotal(report.counts, a)));
  const height = AREAS.length * ROW_H + 4;
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby="counts-chart-title"
        aria-describedby="counts-table-caption"
        viewBox={`0 0 ${LABEL_W + BAR_W + 40} ${height}`}
        className="w-full max-w-3xl"
      >
        <title id="counts-chart-title">{t("reports.status.chartTitle")}</title>
        {AREAS.map((area, row) => {
          const y = row * ROW_H;
          let x = LABEL_W;
          return (
            <g key={area}>
              <text x={LABEL_W - 8} y={y + 16} textAnchor="end" fontSize="12" fill="#0f172a">
                {t(`area.${area}`)}
              </text>
              {AGREEMENT_STATUSES.map((status) => {
                const n = report.counts[area][status];
                if (!n) return null;
                const w = (n / max) * BAR_W;
                const segment = (
                  <g key={status}>
                    <rect x={x} y={y + 3} width={w} height={18} fill={STATUS_FILL[status]}>
                      <title>{`${t(`area.${area}`)} · ${t(`status.${status}`)}: ${n}`}</title>
                    </rect>
                    {w >= 14 ? (
                      <text x={x + w / 2} y={y + 16} textAnchor="middle" fontSize="11" fill="#ffffff">
                        {n}
                      </text>
                    ) : null}
                  </g>
                );
                x += w;
                return segment;
              })}
              <text x={x + 6} y={y + 16} fontSize="12" fill="#0f172a">
                {areaTotal(report.counts, area)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {AGREEMENT_STATUSES.map((status) => (
            <li key={status} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: STATUS_FILL[status] }} />
              {t(`status.${status}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

export async function CountsTable({ report }: { report: StatusReport }) {
  const t = await getTranslations();
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="counts-table">
        <caption id="counts-table-caption" className="text-left text-xs text-slate-600">
          {t("reports.status.countsCaption", { total: report.total })}
        </caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1">{t("reports.columns.area")}</th>
            {AGREEMENT_STATUSES.map((s) => (
              <th key={s} scope="col" className="px-2 py-1 text-right">{t(`status.${s}`)}</th>
            ))}
            <th scope="col" className="px-2 py-1 text-right">{t("reports.columns.total")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {AREAS.map((area) => (
            <tr key={area} data-area={area}>
              <th scope="row" className="px-2 py-1 font-medium">{t(`area.${area}`)}</th>
              {AGREEMENT_STATUSES.map((s) => (
                <td key={s} data-status={s} className="px-2 py-1 text-right tabular-nums">{report.counts[area][s]}</td>
              ))}
              <td className="px-2 py-1 text-right font-semibold tabular-nums">{areaTotal(report.counts, area)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-300 font-semibold">
          <tr>
            <th scope="row" className="px-2 py-1">{t("reports.columns.total")}</th>
            {AGREEMENT_STATUSES.map((s) => (
              <td key={s} className="px-2 py-1 text-right tabular-nums">{statusTotal(report.counts, s)}</td>
            ))}
            <td className="px-2 py-1 text-right tabular-nums" data-testid="counts-total">{report.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
