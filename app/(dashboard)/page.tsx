import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getDashboard } from "@/lib/data/dashboard";
import { parseDashboardScope } from "@/lib/url-state/dashboard-scope";
import { formatDay } from "@/lib/format";
import { DashboardScopeForm } from "./dashboard-scope-form";
import { DashboardFigures } from "./dashboard-figures";
import { DashboardAttention } from "./dashboard-attention";
import { DashboardStatus, DashboardAreas } from "./dashboard-distribution";
import { DashboardHeatMap } from "./dashboard-heat-map";
import { DashboardTrend } from "./dashboard-trend";
import { DashboardMilestones } from "./dashboard-milestones";
import { DashboardUpdates } from "./dashboard-updates";
import { readerLocale } from "@/app/_i18n/reader-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

/** The portfolio at a glance, scoped by the table's visit/area/side filters (issue 6). */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("agreement:read");
  const scope = parseDashboardScope(await searchParams);
  const now = new Date();
  const [data, t] = await Promise.all([getDashboard(scope, user, now, await readerLocale()), getTranslations("dashboard")]);

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro", { date: formatDay(now) })}</p>
        <DashboardScopeForm scope={scope} visits={data.visits} />
      </div>
      <DashboardFigures scope={scope} data={data} />
      {data.attention ? (
        <DashboardAttention
          scope={scope}
          attention={data.attention}
          organizationName={user.organizationName ?? ""}
          staleAfterDays={data.staleAfterDays}
        />
      ) : null}
      {/* min-w-0: a grid item is never narrower than its content, so a chart drawn at a fixed
          width would widen the whole page on a phone instead of scaling down. */}
      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <DashboardStatus scope={scope} summary={data.summary} />
        <DashboardAreas scope={scope} summary={data.summary} />
      </div>
      <DashboardHeatMap scope={scope} challenges={data.challenges} rows={data.heatMap} />
      <DashboardTrend trend={data.trend} />
      <DashboardMilestones scope={scope} overdue={data.overdue} dueSoon={data.dueSoon} />
      <DashboardUpdates updates={data.latestUpdates} />
    </div>
  );
}
