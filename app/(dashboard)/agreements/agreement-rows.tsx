"use client";

import { useMemo, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ProgressBar, StatusBadge } from "@/app/_components/status-badge";
import { SeverityBadge } from "@/app/_components/severity-badge";
import { SelectRowCheckbox } from "@/app/_components/table-selection";
import type { BodyColumn } from "@/app/_components/data-table";
import { AGREEMENT_STATUSES, AREAS, COUNTRIES, SEVERITIES } from "@/lib/domain/vocabulary";
import { messageTemplate } from "@/lib/i18n/message-template";
import type { TableRow } from "./table-row";

/** Each vocabulary's labels, looked up once per render instead of once per cell. */
function labelsOf<K extends string>(keys: readonly K[], label: (key: K) => string): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, label(k)]));
}

type Labels = ReturnType<typeof useLabels>;

function useLabels() {
  const t = useTranslations();
  const locale = useLocale();
  return useMemo(
    () => ({
      area: labelsOf(AREAS, (a) => t(`area.${a}`)),
      status: labelsOf(AGREEMENT_STATUSES, (s) => t(`status.${s}`)),
      severity: labelsOf(SEVERITIES, (s) => t(`severity.${s}`)),
      country: labelsOf(COUNTRIES, (c) => t(`country.${c}`)),
      progress: t("agreements.columns.progress"),
      archived: t("agreements.archived"),
      stale: t("agreements.stale"),
      notYours: t("bulk.notYours"),
      // Formatted once per render, not once per row.
      by: messageTemplate(t, "agreements.lastUpdateBy", "name"),
      selectRow: messageTemplate(t, "bulk.selectRow", "reference"),
      foundIn: messageTemplate(t, "agreements.foundInDocument", "names"),
      // A title not in the reader's language: "No Kazakh text yet — shown in English", per language.
      shownIn: Object.fromEntries(["az", "kk", "ru", "en"].map((shown) => [shown, t("content.fallback", { wanted: locale, shown })])),
    }),
    [t, locale],
  );
}

/** Each column's cell, by the column's id (app/(dashboard)/agreements/agreements-table.tsx). */
const CELLS: Record<string, (row: TableRow, labels: Labels) => ReactNode> = {
  select: (row, labels) => (
    <SelectRowCheckbox id={row.id} label={labels.selectRow(row.reference)} disabled={!row.editable} title={row.editable ? undefined : labels.notYours} />
  ),
  reference: (row) => (
    <a href={`/agreements/${row.reference}`} data-reference className="text-blue-800 underline">
      {row.reference}
    </a>
  ),
  // The title is what people read and click; the reference code links to the same page.
  title: (row, labels) => (
    <>
      <a href={`/agreements/${row.reference}`} lang={row.titleShownIn ?? undefined} className="text-slate-900 hover:text-blue-800 hover:underline">
        {row.title}
      </a>
      {row.titleShownIn ? (
        <span className="ml-1.5 rounded bg-amber-100 px-1 text-xs text-amber-900 uppercase" title={labels.shownIn[row.titleShownIn]} data-testid="title-shown-in">
          <span aria-hidden="true">{row.titleShownIn}</span>
          <span className="sr-only">{labels.shownIn[row.titleShownIn]}</span>
        </span>
      ) : null}
      {row.archived ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">{labels.archived}</span> : null}
      {row.documentMatches.length > 0 ? (
        <p className="mt-1 text-xs text-slate-600" data-testid="document-match">
          {labels.foundIn(row.documentMatches.join(", "))}
        </p>
      ) : null}
    </>
  ),
  area: (row, labels) => labels.area[row.area] ?? row.area,
  lead: (row) => row.lead,
  parties: (row, labels) => (
    <ul>
      {row.parties.map(([country, name]) => (
        <li key={`${country} ${name}`}>
          <abbr title={labels.country[country]} className="font-semibold no-underline">
            {country}
          </abbr>{" "}
          {name}
        </li>
      ))}
    </ul>
  ),
  owners: (row) => (
    <ul data-testid="owners-cell">
      {row.owners.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  ),
  status: (row, labels) => <StatusBadge status={row.status} label={labels.status[row.status] ?? row.status} />,
  progress: (row, labels) => <ProgressBar value={row.progress} label={labels.progress} />,
  worstSeverity: (row, labels) => {
    const severity = SEVERITIES[row.worstSeverity] ?? "none";
    return <SeverityBadge severity={severity} label={labels.severity[severity] ?? severity} />;
  },
  nextMilestone: (row) => row.nextMilestoneDue,
  targetDate: (row) => row.targetDate,
  lastUpdate: (row, labels) => (
    <>
      {row.lastUpdate}
      {row.lastUpdateBy ? <span className="block text-slate-600">{labels.by(row.lastUpdateBy)}</span> : null}
      {row.stale ? (
        <span className="mt-0.5 inline-block rounded bg-amber-100 px-1.5 font-medium text-amber-900 ring-1 ring-amber-300" data-stale="true">
          {`⏱ ${labels.stale}`}
        </span>
      ) : null}
    </>
  ),
};

/**
 * The table's rows, rendered in the browser from the rows' data: on every sort, filter or page
 * the server sends 50 compact rows instead of 50 rows of markup (about 130 KB less per page,
 * bench/README.md). The header, the pager and which columns show come from the server's table
 * (app/_components/data-table.tsx); no table library runs here.
 */
export function AgreementRows({ rows, columns }: { rows: TableRow[]; columns: readonly BodyColumn[] }) {
  const labels = useLabels();
  return (
    <tbody className="divide-y divide-slate-100">
      {rows.map((row) => (
        <tr key={row.id}>
          {columns.map((column) => (
            <td key={column.id} className={column.className}>
              {CELLS[column.id]?.(row, labels)}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
