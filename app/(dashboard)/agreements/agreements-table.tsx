"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { RowSelectionState } from "@tanstack/react-table";
import { columnHelperFor, DataTable } from "@/app/_components/data-table";
import { ProgressBar, StatusBadge } from "@/app/_components/status-badge";
import { SeverityBadge } from "@/app/_components/severity-badge";
import type { AgreementListRow } from "@/lib/data/agreements";
import { SEVERITIES } from "@/lib/domain/vocabulary";
import { formatDay } from "@/lib/format";
import { BulkUpdateBar } from "./bulk-update-bar";

export type TableRow = AgreementListRow & { editable: boolean };
const helper = columnHelperFor<TableRow>();

export function AgreementsTable(props: {
  page: { rows: TableRow[]; total: number; page: number; pageSize: number };
  sort: { id: string; desc: boolean };
  hiddenColumns: readonly string[];
  empty: React.ReactNode;
  bulk: boolean;
}) {
  const t = useTranslations();
  const [selected, setSelected] = useState<RowSelectionState>({});
  const columns = useMemo(
    () =>
      helper.columns([
        ...(props.bulk
          ? [
              helper.display({
                id: "select",
                header: ({ table }) => (
                  <input
                    type="checkbox"
                    aria-label={t("bulk.selectPage")}
                    checked={table.getIsAllPageRowsSelected()}
                    onChange={table.getToggleAllPageRowsSelectedHandler()}
                  />
                ),
                cell: ({ row }) => (
                  <input
                    type="checkbox"
                    aria-label={t("bulk.selectRow", { reference: row.original.reference })}
                    checked={row.getIsSelected()}
                    disabled={!row.getCanSelect()}
                    title={row.getCanSelect() ? undefined : t("bulk.notYours")}
                    onChange={row.getToggleSelectedHandler()}
                  />
                ),
              }),
            ]
          : []),
        helper.accessor("reference", {
          id: "reference",
          header: () => t("agreements.columns.reference"),
          cell: (c) => (
            <Link href={`/agreements/${c.getValue()}`} className="font-mono text-xs whitespace-nowrap text-blue-800 underline">
              {c.getValue()}
            </Link>
          ),
        }),
        helper.accessor("title", {
          id: "title",
          header: () => t("agreements.columns.title"),
          cell: (c) => (
            <span className="block min-w-56">
              {c.getValue()}
              {c.row.original.archived ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">{t("agreements.archived")}</span> : null}
            </span>
          ),
        }),
        helper.accessor("area", { id: "area", header: () => t("agreements.columns.area"), cell: (c) => t(`area.${c.getValue()}`) }),
        helper.accessor((r) => r.lead.name, { id: "lead", header: () => t("agreements.columns.lead"), cell: (c) => c.getValue() }),
        helper.accessor((r) => r.parties, {
          id: "parties",
          header: () => t("agreements.columns.parties"),
          enableSorting: false,
          cell: (c) => (
            <ul className="min-w-40 text-xs text-slate-700">
              {c.getValue().map((p) => (
                <li key={p.id}>
                  <abbr title={t(`country.${p.country}`)} className="mr-1 font-semibold no-underline">{p.country}</abbr>
                  {p.shortName || p.name}
                </li>
              ))}
            </ul>
          ),
        }),
        helper.accessor("status", { id: "status", header: () => t("agreements.columns.status"), cell: (c) => <StatusBadge status={c.getValue()} label={t(`status.${c.getValue()}`)} /> }),
        helper.accessor("progress", { id: "progress", header: () => t("agreements.columns.progress"), cell: (c) => <ProgressBar value={c.getValue()} label={t("agreements.columns.progress")} /> }),
        helper.accessor("worstSeverity", {
          id: "worstSeverity",
          header: () => t("agreements.columns.worstSeverity"),
          cell: (c) => {
            const severity = SEVERITIES[c.getValue()] ?? "none";
            return <SeverityBadge severity={severity} label={t(`severity.${severity}`)} />;
          },
        }),
        helper.accessor("nextMilestoneDue", { id: "nextMilestone", header: () => t("agreements.columns.nextMilestone"), cell: (c) => <span className="whitespace-nowrap tabular-nums">{formatDay(c.getValue())}</span> }),
        helper.accessor("targetDate", { id: "targetDate", header: () => t("agreements.columns.targetDate"), cell: (c) => <span className="whitespace-nowrap tabular-nums">{formatDay(c.getValue())}</span> }),
        helper.accessor("lastUpdateAt", {
          id: "lastUpdate",
          header: () => t("agreements.columns.lastUpdate"),
          cell: (c) => (
            <span className="text-xs whitespace-nowrap">
              {formatDay(c.getValue())}
              {c.row.original.lastUpdateBy ? <span className="block text-slate-600">{t("agreements.lastUpdateBy", { name: c.row.original.lastUpdateBy })}</span> : null}
              {c.row.original.stale ? (
                <span className="mt-0.5 inline-block rounded bg-amber-100 px-1.5 font-medium text-amber-900 ring-1 ring-amber-300" data-stale="true">
                  ⏱ {t("agreements.stale")}
                </span>
              ) : null}
            </span>
          ),
        }),
      ]),
    [t, props.bulk],
  );

  const selectedIds = Object.keys(selected).filter((id) => selected[id]);
  return (
    <div className="space-y-3">
      {props.bulk ? <BulkUpdateBar selectedIds={selectedIds} rows={props.page.rows} onDone={() => setSelected({})} /> : null}
      <DataTable
        caption={t("agreements.caption")}
        columns={columns}
        rows={props.page.rows}
        total={props.page.total}
        page={props.page.page}
        pageSize={props.page.pageSize}
        sort={props.sort}
        hiddenColumns={props.hiddenColumns}
        getRowId={(r) => r.id}
        selection={props.bulk ? { selected, onChange: setSelected, canSelect: (r) => r.editable } : undefined}
        empty={props.empty}
      />
    </div>
  );
}
