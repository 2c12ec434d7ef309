import { getTranslations } from "next-intl/server";
import type { AgreementDetail } from "@/lib/data/agreements";
import { isOverdue } from "@/lib/domain/rollups";
import { formatDay } from "@/lib/format";

export async function MilestoneList({ milestones }: { milestones: AgreementDetail["milestones"] }) {
  const t = await getTranslations("agreement");
  if (milestones.length === 0) return <p className="mt-2 text-sm text-slate-600">{t("noMilestones")}</p>;
  const now = new Date();
  return (
    <ul className="mt-3 divide-y divide-slate-100 text-sm">
      {milestones.map((m) => {
        const overdue = isOverdue(m, now);
        return (
          <li key={m.id} className="flex flex-wrap items-start justify-between gap-2 py-2" data-milestone={m.id}>
            <div>
              <p className={m.doneDate ? "text-slate-500 line-through" : "font-medium"}>{m.title}</p>
              {m.evidence ? (
                <p className="text-xs text-slate-600">
                  {t("evidence")}: {m.evidence}
                </p>
              ) : null}
            </div>
            <div className="text-right text-xs whitespace-nowrap">
              <p>
                {t("due")} {formatDay(m.dueDate)}
              </p>
              {m.doneDate ? (
                <p className="text-emerald-800">
                  ✓ {t("done")} {formatDay(m.doneDate)}
                </p>
              ) : overdue ? (
                <p className="font-semibold text-red-800" data-overdue="true">
                  ⚠ {t("overdue")}
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
