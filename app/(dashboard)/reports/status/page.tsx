import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { loadStatusReport } from "@/lib/data/status-report";
import { formatDateTime, formatDay } from "@/lib/format";
import { parseReportParams, reportParamsToSearch } from "@/lib/url-state/status-report-params";
import { ReportControls } from "./report-controls";
import { CountsChart, CountsTable } from "./counts";
import { AtRiskTable, ChangesTable, EvidenceTable, HeatMapTable, OverdueTable } from "./report-tables";
import "./print.css";
import { readerLocale } from "@/app/_i18n/reader-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.status");
  return { title: t("title") };
}

/** The status report as a printable page: the same content as the PDF, as of a chosen date. */
export default async function StatusReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("report:export");
  const params = parseReportParams(await searchParams);
  const [report, t, tAll] = await Promise.all([loadStatusReport(params, new Date(), await readerLocale()), getTranslations("reports.status"), getTranslations()]);
  const search = reportParamsToSearch(params);
  const scopeParts = [
    ...(report.scope.areas.length ? [report.scope.areas.map((a) => tAll(`area.${a}`)).join(", ")] : []),
    ...(report.scope.side ? [t("sideScope", { side: tAll(`country.${report.scope.side}`) })] : []),
  ];

  return (
    <article className="space-y-6 print:space-y-4" data-testid="status-report">
      <ReportControls
        asOf={params.asOf}
        since={params.since}
        today={formatDay(new Date())}
        scope={{ visit: params.scope.visit, area: params.scope.area, side: params.scope.side }}
        pdfHref={`/api/reports/status?format=pdf&${search.toString()}`}
      />

      <header className="rounded-lg border border-slate-200 bg-white p-6 print:border-0 print:p-0 break-after-page">
        <p className="text-sm font-semibold text-blue-900">{tAll("app.name")}</p>
        <h1 className="mt-2 text-3xl font-semibold">{t("title")}</h1>
        {report.visits.map((v) => (
          <p key={v.title} className="mt-2">
            {v.title}
            <span className="block text-sm text-slate-600">
              {v.place} · {formatDay(v.startDate)} – {formatDay(v.endDate)}
            </span>
          </p>
        ))}
        <p className="mt-4 text-xl font-semibold" data-testid="report-as-of">
          {t("asOf", { date: report.asOf })}
        </p>
        <p>{t("since", { date: report.since })}</p>
        <p className="mt-3 text-sm">{scopeParts.length ? t("scope", { parts: scopeParts.join(" · ") }) : t("scopeAll")}</p>
        <p className="mt-1 text-sm" data-testid="report-summary">
          {t("summaryLine", {
            total: report.total,
            atRisk: report.atRisk.total,
            overdue: report.overdue.total,
            changes: report.changes.total,
          })}
        </p>
        <p className="mt-3 text-xs text-slate-600">{t("historyNote", { date: report.asOf })}</p>
        <p className="text-xs text-slate-600">{t("generated", { datetime: formatDateTime(report.generatedAt) })}</p>
      </header>

      <Section id="counts" title={t("countsHeading")}>
        <CountsChart report={report} />
        <CountsTable report={report} />
      </Section>
      <Section id="heat-map" title={t("heatMapHeading")}>
        <HeatMapTable report={report} />
      </Section>
      <Section id="at-risk" title={t("atRiskHeading")}>
        <AtRiskTable report={report} />
      </Section>
      <Section id="overdue" title={t("overdueHeading")}>
        <OverdueTable report={report} />
      </Section>
      <Section id="changes" title={t("changesHeading", { date: report.since })}>
        <ChangesTable report={report} />
      </Section>
      <Section id="evidence" title={tAll("documents.reportHeading", { date: report.since })}>
        <EvidenceTable report={report} />
      </Section>
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} data-section={id} className="rounded-lg border border-slate-200 bg-white p-5 print:border-0 print:p-0">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}
