import { getTranslations } from "next-intl/server";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { challengeIn } from "@/lib/data/content-texts";

import { SeverityBadge } from "@/app/_components/severity-badge";
import type { AgreementDetail } from "@/lib/data/agreements";
import { SEVERITIES, type Severity } from "@/lib/domain/vocabulary";
import { formatDay } from "@/lib/format";

export async function AssessmentsTable({ assessments }: { assessments: AgreementDetail["assessments"] }) {
  const t = await getTranslations("agreement");
  const ts = await getTranslations("severity");
  const locale = await readerLocale();
  if (assessments.length === 0) return <p className="mt-2 text-sm text-slate-600">{t("notAssessed")}</p>;
  return (
    <div className="mt-3 relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("challenge")}</th>
            <th scope="col" className="py-2 pr-4">{t("severity")}</th>
            <th scope="col" className="py-2 pr-4">{t("note")}</th>
            <th scope="col" className="py-2 pr-4">{t("mitigation")}</th>
            <th scope="col" className="py-2">{t("assessedBy")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {assessments.map((a) => {
            const severity: Severity = SEVERITIES.find((s) => s === a.severity) ?? "none";
            return (
              <tr key={a.id} className="align-top" data-challenge={a.challenge.key ?? a.challenge.id}>
                <th scope="row" className="py-2 pr-4 font-medium">
                  {challengeIn(a.challenge, locale).name}
                </th>
                <td className="py-2 pr-4">
                  <SeverityBadge severity={severity} label={ts(severity)} />
                </td>
                <td className="py-2 pr-4 whitespace-pre-line">{a.note}</td>
                <td className="py-2 pr-4 whitespace-pre-line">{a.mitigation}</td>
                <td className="py-2 text-xs whitespace-nowrap text-slate-600">
                  {a.assessedBy
                    ? t("assessedByName", { date: formatDay(a.assessedAt), name: a.assessedBy.name })
                    : formatDay(a.assessedAt)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
