import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DUE_SOON_DAYS, type DashboardScope } from "@/lib/domain/dashboard";
import { tableHref } from "@/lib/url-state/dashboard-scope";
import type { DashboardData, DashboardMilestone } from "@/lib/data/dashboard";
import { formatDay } from "@/lib/format";
import { Panel } from "./dashboard-distribution";

/** Overdue milestones and those due in the next 30 days, earliest first. */
export async function DashboardMilestones({
  scope,
  overdue,
  dueSoon,
}: {
  scope: DashboardScope;
  overdue: DashboardData["overdue"];
  dueSoon: DashboardData["dueSoon"];
}) {
  const t = await getTranslations("dashboard.milestones");
  return (
    <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
      <Panel id="overdue-heading" heading={t("overdueHeading")}>
        <MilestoneList items={overdue.list} total={overdue.milestones} empty={t("noneOverdue")} testId="dash-overdue-list" />
        {overdue.milestones > 0 ? (
          <p className="mt-3 text-sm">
            <Link href={tableHref(scope, { overdue: "1" })} className="text-blue-800 underline">
              {t("allOverdue")}
            </Link>
          </p>
        ) : null}
      </Panel>
      <div id="due-soon" className="scroll-mt-4">
        <Panel id="due-soon-heading" heading={t("dueSoonHeading", { days: DUE_SOON_DAYS })}>
          <MilestoneList
            items={dueSoon.list}
            total={dueSoon.milestones}
            empty={t("noneDueSoon", { days: DUE_SOON_DAYS })}
            testId="dash-due-soon-list"
          />
        </Panel>
      </div>
    </div>
  );
}

async function MilestoneList({
  items,
  total,
  empty,
  testId,
}: {
  items: readonly DashboardMilestone[];
  total: number;
  empty: string;
  testId: string;
}) {
  const t = await getTranslations("dashboard.milestones");
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <>
      <ul className="divide-y divide-slate-100 text-sm" data-testid={testId}>
        {items.map((m) => (
          <li key={m.id} className="py-2" data-reference={m.reference}>
            <p className="font-medium">{m.title}</p>
            <p className="text-slate-600">
              <span className="tabular-nums">{t("due", { date: formatDay(m.dueDate) })}</span> ·{" "}
              <Link href={`/agreements/${m.reference}`} className="font-mono text-xs text-blue-800 underline">
                {m.reference}
              </Link>{" "}
              {m.agreementTitle}
            </p>
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <p className="mt-2 text-xs text-slate-600">{t("showing", { shown: items.length, total })}</p>
      ) : null}
    </>
  );
}
