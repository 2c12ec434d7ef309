import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { clsx } from "clsx";
import { type DashboardScope } from "@/lib/domain/dashboard";
import { type HeatCell } from "@/lib/domain/dashboard-heat-map";
import { heatCellHref } from "@/lib/url-state/dashboard-scope";
import type { Area } from "@/lib/domain/vocabulary";
import { Panel } from "./dashboard-distribution";

/**
 * Area x challenge as a real table (row and column headers), each cell a link. The severity is
 * written out in the cell, so the colour only repeats what the text says, also on paper.
 */
export async function DashboardHeatMap({
  scope,
  challenges,
  rows,
}: {
  scope: DashboardScope;
  challenges: readonly { id: string; name: string }[];
  rows: readonly { area: Area; cells: readonly HeatCell[] }[];
}) {
  const t = await getTranslations();
  return (
    <Panel id="heat-heading" heading={t("dashboard.heat.heading")}>
      <p id="heat-explanation" className="mb-3 text-sm text-slate-600">
        {t("dashboard.heat.explanation")}
      </p>
      {challenges.length === 0 ? (
        <p className="text-sm text-slate-600">{t("dashboard.heat.noChallenges")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-separate border-spacing-1 text-sm [print-color-adjust:exact]" aria-describedby="heat-explanation">
            <caption className="sr-only">{t("dashboard.heat.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1 text-left text-xs text-slate-600 uppercase">
                  {t("dashboard.heat.area")}
                </th>
                {challenges.map((c) => (
                  <th key={c.id} scope="col" className="px-2 py-1 text-left align-bottom font-semibold">
                    {c.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.area}>
                  <th scope="row" className="px-2 py-1 text-left font-medium whitespace-nowrap">
                    {t(`area.${row.area}`)}
                  </th>
                  {row.cells.map((cell, i) => {
                    const severity = cell.worst ? t(`severity.${cell.worst}`) : t("dashboard.heat.notAssessed");
                    return (
                      <td key={cell.challengeId} className="p-0">
                        <Link
                          href={heatCellHref(scope, row.area, cell.challengeId)}
                          data-testid={`dash-heat-${row.area}-${cell.challengeId}`}
                          data-worst={cell.worst ?? ""}
                          data-severity={cell.worst ?? undefined}
                          aria-label={t("dashboard.heat.cellLabel", {
                            area: t(`area.${row.area}`),
                            challenge: challenges[i]?.name ?? "",
                            severity,
                            count: cell.count,
                          })}
                          className={clsx(
                            "flex min-h-14 flex-col justify-center rounded px-3 py-2 ring-1 hover:brightness-95 focus-visible:outline-2 focus-visible:outline-blue-700",
                            cell.worst ? "severity-tone" : "bg-white text-slate-500 ring-slate-200",
                          )}
                        >
                          <span className="font-semibold">{severity}</span>
                          <span className="text-xs">
                            {t.rich("dashboard.heat.count", {
                              count: cell.count,
                              n: (chunks) => (
                                <span className="tabular-nums" data-testid={`dash-heat-count-${row.area}-${cell.challengeId}`}>
                                  {chunks}
                                </span>
                              ),
                            })}
                          </span>
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
