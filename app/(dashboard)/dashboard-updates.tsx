import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DashboardUpdate } from "@/lib/data/dashboard";
import { StatusBadge } from "@/app/_components/status-badge";
import { formatDay } from "@/lib/format";
import { Panel } from "./dashboard-distribution";

const EXCERPT_CHARS = 160;

/** By code points, so a cut never splits a surrogate pair; rendered as text, never as HTML. */
function excerpt(note: string): string {
  const chars = [...note.trim()];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join("").trimEnd()}…` : chars.join("");
}

export async function DashboardUpdates({ updates }: { updates: readonly DashboardUpdate[] }) {
  const t = await getTranslations();
  return (
    <Panel id="updates-heading" heading={t("dashboard.updates.heading")}>
      {updates.length === 0 ? (
        <p className="text-sm text-slate-600">{t("dashboard.updates.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="dash-updates">
            <caption className="sr-only">{t("dashboard.updates.caption")}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-2 py-1">{t("dashboard.updates.date")}</th>
                <th scope="col" className="px-2 py-1">{t("dashboard.updates.agreement")}</th>
                <th scope="col" className="px-2 py-1">{t("dashboard.updates.author")}</th>
                <th scope="col" className="px-2 py-1">{t("dashboard.updates.status")}</th>
                <th scope="col" className="px-2 py-1">{t("dashboard.updates.progress")}</th>
                <th scope="col" className="px-2 py-1">{t("dashboard.updates.note")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {updates.map((u) => (
                <tr key={u.id} className="align-top" data-update-id={u.id}>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums">{formatDay(u.createdAt)}</td>
                  <td className="min-w-56 px-2 py-2">
                    <Link href={`/agreements/${u.reference}`} className="font-mono text-xs text-blue-800 underline">
                      {u.reference}
                    </Link>
                    <span className="block">{u.title}</span>
                  </td>
                  <td className="px-2 py-2" data-testid="dash-update-author">
                    {u.author ?? t("dashboard.updates.noAuthor")}
                  </td>
                  <td className="px-2 py-2">
                    <span className="inline-flex flex-wrap items-center gap-1">
                      {u.statusBefore ? (
                        <StatusBadge status={u.statusBefore} label={t(`status.${u.statusBefore}`)} />
                      ) : (
                        <span className="text-xs text-slate-600">{t("dashboard.updates.initial")}</span>
                      )}
                      <span aria-hidden="true">→</span>
                      <span className="sr-only">{t("dashboard.updates.to")}</span>
                      <StatusBadge status={u.statusAfter} label={t(`status.${u.statusAfter}`)} />
                    </span>
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums">
                    {u.progressBefore === null
                      ? t("dashboard.updates.progressValue", { value: u.progressAfter })
                      : t("dashboard.updates.progressChange", { before: u.progressBefore, after: u.progressAfter })}
                  </td>
                  <td className="px-2 py-2 text-slate-700">{excerpt(u.note)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
