import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { DUE_SOON_DAYS, type DashboardScope } from "@/lib/domain/dashboard";
import { tableHref } from "@/lib/url-state/dashboard-scope";
import type { DashboardData } from "@/lib/data/dashboard";

/** The headline numbers, each a link to the rows behind it. */
export async function DashboardFigures({ scope, data }: { scope: DashboardScope; data: DashboardData }) {
  const t = await getTranslations("dashboard.figures");
  const progress = data.summary.averageProgress;
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="sr-only">
        {t("heading")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 [&>*]:min-w-0">
        <Figure href={tableHref(scope)} testId="dash-total" value={data.summary.total} label={t("total")} />
        <Figure
          href={tableHref(scope, { sort: "progress", dir: "desc" })}
          testId="dash-progress"
          value={progress === null ? t("averageProgressNone") : t("averageProgressValue", { value: progress })}
          label={t("averageProgress")}
        />
        <Figure
          href={tableHref(scope, { overdue: "1" })}
          testId="dash-overdue-agreements"
          value={data.overdue.agreements}
          label={t("overdue")}
          detail={
            <span data-testid="dash-overdue-milestones" data-count={data.overdue.milestones}>
              {t("overdueMilestones", { count: data.overdue.milestones })}
            </span>
          }
          tone={data.overdue.agreements > 0 ? "warn" : "plain"}
        />
        {/* The table has no "due within" filter yet, so this number links to the full list below. */}
        <Figure href="#due-soon" testId="dash-due-soon" value={data.dueSoon.milestones} label={t("dueSoon", { days: DUE_SOON_DAYS })} />
        <Figure
          href={tableHref(scope, { stale: "1" })}
          testId="dash-stale"
          value={data.stale}
          label={t("stale", { days: data.staleAfterDays })}
          tone={data.stale > 0 ? "warn" : "plain"}
        />
      </ul>
    </section>
  );
}

function Figure(props: {
  href: string;
  testId: string;
  value: number | string;
  label: string;
  detail?: ReactNode;
  tone?: "plain" | "warn";
}) {
  return (
    <li>
      <Link
        href={props.href}
        className={
          "flex h-full flex-col gap-1 rounded-lg border bg-white p-4 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-700 " +
          (props.tone === "warn" ? "border-amber-400 border-l-4" : "border-slate-200")
        }
      >
        <span className="text-3xl font-semibold tabular-nums text-slate-900" data-testid={props.testId}>
          {props.value}
        </span>
        <span className="text-sm text-slate-700">{props.label}</span>
        {props.detail ? <span className="text-xs text-slate-600">{props.detail}</span> : null}
      </Link>
    </li>
  );
}
