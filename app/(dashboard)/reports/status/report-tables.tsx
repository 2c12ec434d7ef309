import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SeverityBadge } from "@/app/_components/severity-badge";
import { StatusBadge } from "@/app/_components/status-badge";
import { AREAS } from "@/lib/domain/vocabulary";
import { formatDay } from "@/lib/format";
import type { Capped, StatusReport } from "@/lib/domain/status-report";

const th = "px-2 py-1 text-left font-semibold";
const td = "px-2 py-1 align-top";

export async function HeatMapTable({ report }: { report: StatusReport }) {
  const t = await getTranslations();
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm" data-testid="heat-map">
        <caption className="text-left text-xs text-slate-600">{t("reports.status.heatMapNote")}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className={th}>{t("reports.columns.area")}</th>
            {report.challenges.map((c) => (
              <th key={c.id} scope="col" className={th}>{c.name}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {AREAS.map((area) => (
            <tr key={area} data-area={area}>
              <th scope="row" className={`${td} font-medium`}>{t(`area.${area}`)}</th>
              {report.challenges.map((c) => {
                const severity = report.heatMap[area][c.id];
                return (
                  <td key={c.id} className={td} data-challenge={c.id}>
                    {severity ? (
                      <SeverityBadge severity={severity} label={t(`severity.${severity}`)} />
                    ) : (
                      <span className="text-xs text-slate-500">{t("reports.status.noAgreements")}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function AtRiskTable({ report }: { report: StatusReport }) {
  const t = await getTranslations();
  if (!report.atRisk.total) return <p className="text-sm text-slate-600">{t("reports.status.noneAtRisk")}</p>;
  return (
    <ListTable
      testId="at-risk"
      headers={["reference", "title", "status", "progress", "latestNote"].map((c) => t(`reports.columns.${c}`))}
      list={report.atRisk}
      row={(a) => (
        <tr key={a.reference} data-reference={a.reference}>
          <td className={td}>
            <Link href={`/agreements/${encodeURIComponent(a.reference)}`} className="font-mono text-blue-800 underline">{a.reference}</Link>
          </td>
          <td className={td}>
            {a.title}
            <span className="block text-xs text-slate-600">{a.lead}</span>
          </td>
          <td className={td}><StatusBadge status={a.status} label={t(`status.${a.status}`)} /></td>
          <td className={`${td} tabular-nums`}>{a.progress}%</td>
          <td className={`${td} whitespace-pre-line`} data-note>
            {a.noteAt ? <span className="block text-xs text-slate-600">{formatDay(a.noteAt)}</span> : null}
            {a.note}
          </td>
        </tr>
      )}
    />
  );
}

export async function OverdueTable({ report }: { report: StatusReport }) {
  const t = await getTranslations();
  if (!report.overdue.total) return <p className="text-sm text-slate-600">{t("reports.status.noneOverdue")}</p>;
  return (
    <ListTable
      testId="overdue"
      headers={["reference", "milestone", "due", "daysOverdue", "doneLater"].map((c) => t(`reports.columns.${c}`))}
      list={report.overdue}
      row={(m, i) => (
        <tr key={`${m.reference}-${i}`} data-reference={m.reference}>
          <td className={`${td} font-mono`}>{m.reference}</td>
          <td className={td}>
            {m.title}
            <span className="block text-xs text-slate-600">{m.agreementTitle}</span>
          </td>
          <td className={`${td} tabular-nums`}>{formatDay(m.dueDate)}</td>
          <td className={`${td} tabular-nums`}>{m.daysOverdue}</td>
          <td className={`${td} tabular-nums`}>{m.doneDate ? formatDay(m.doneDate) : ""}</td>
        </tr>
      )}
    />
  );
}

export async function ChangesTable({ report }: { report: StatusReport }) {
  const t = await getTranslations();
  if (!report.changes.total) return <p className="text-sm text-slate-600">{t("reports.status.noChanges")}</p>;
  return (
    <ListTable
      testId="changes"
      headers={["date", "reference", "status", "progress", "by", "note"].map((c) => t(`reports.columns.${c}`))}
      list={report.changes}
      row={(c, i) => (
        <tr key={`${c.reference}-${i}`} data-reference={c.reference}>
          <td className={`${td} tabular-nums whitespace-nowrap`}>{formatDay(c.at)}</td>
          <td className={`${td} font-mono`}>{c.reference}</td>
          <td className={td}>
            {c.statusBefore && c.statusBefore !== c.statusAfter ? (
              <>
                <StatusBadge status={c.statusBefore} label={t(`status.${c.statusBefore}`)} /> →{" "}
              </>
            ) : null}
            <StatusBadge status={c.statusAfter} label={t(`status.${c.statusAfter}`)} />
          </td>
          <td className={`${td} tabular-nums whitespace-nowrap`}>
            {c.progressBefore !== null && c.progressBefore !== c.progressAfter ? `${c.progressBefore}% → ` : ""}
            {c.progressAfter}%
          </td>
          <td className={td}>{c.author ?? ""}</td>
          <td className={`${td} whitespace-pre-line`}>{c.note}</td>
        </tr>
      )}
    />
  );
}

export async function EvidenceTable({ report }: { report: StatusReport }) {
  const t = await getTranslations();
  const note = <p className="text-xs text-slate-600">{t("documents.reportRestricted")}</p>;
  if (!report.evidence.total) return <><p className="text-sm text-slate-600">{t("documents.reportNone")}</p>{note}</>;
  return (
    <>
      <ListTable
        testId="evidence"
        headers={[t("reports.columns.date"), t("reports.columns.reference"), t("documents.name"), t("documents.by"), t("documents.size")]}
        list={report.evidence}
        row={(d, i) => (
          <tr key={`${d.reference}-${i}`} data-reference={d.reference}>
            <td className={`${td} tabular-nums whitespace-nowrap`}>{formatDay(d.at)}</td>
            <td className={`${td} font-mono`}>{d.reference}</td>
            <td className={td}>{d.name}</td>
            <td className={td}>{d.uploadedBy}</td>
            <td className={`${td} tabular-nums whitespace-nowrap`}>{d.size >= 1_000_000 ? `${(d.size / 1_000_000).toFixed(1)} MB` : `${Math.max(0.1, d.size / 1000).toFixed(1)} kB`}</td>
          </tr>
        )}
      />
      {note}
    </>
  );
}

async function ListTable<T>({
  testId,
  headers,
  list,
  row,
}: {
  testId: string;
  headers: string[];
  list: Capped<T>;
  row: (item: T, index: number) => React.ReactNode;
}) {
  const t = await getTranslations("reports.status");
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className={th}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{list.rows.map(row)}</tbody>
      </table>
      {list.total > list.rows.length ? (
        <p className="mt-1 text-xs text-slate-600">{t("truncated", { shown: list.rows.length, total: list.total })}</p>
      ) : null}
    </div>
  );
}
