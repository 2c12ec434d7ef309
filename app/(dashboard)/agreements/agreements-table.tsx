import { getLocale, getTranslations } from "next-intl/server";
import { columnHelperFor, DataTable } from "@/app/_components/data-table";
import { SelectionProvider, SelectPageCheckbox, SelectRowCheckbox } from "@/app/_components/table-selection";
import { ProgressBar, StatusBadge } from "@/app/_components/status-badge";
import { SeverityBadge } from "@/app/_components/severity-badge";
import { AGREEMENT_STATUSES, AREAS, COUNTRIES, SEVERITIES } from "@/lib/domain/vocabulary";
import { messageTemplate } from "@/lib/i18n/message-template";
import type { AgreementListRow } from "@/lib/data/agreements";
import { BulkUpdateBar } from "./bulk-update-bar";

/**
 * What one row of the table needs, and nothing else: the list row's fields as they are, days as
 * YYYY-MM-DD text, lead and parties as names. The table is rendered on the server, so rows no
 * longer travel to the browser as data.
 */
export type TableRow = Pick<
  AgreementListRow,
  "id" | "reference" | "title" | "titleShownIn" | "area" | "status" | "progress" | "worstSeverity" | "lastUpdateBy" | "archived" | "stale" | "documentMatches"
> & {
  nextMilestoneDue: string;
  targetDate: string;
  lastUpdate: string;
  lead: string;
  /** Country code and short name of each party. */
  parties: [country: string, name: string][];
  /** The responsible people of the open milestones. */
  owners: string[];
  editable: boolean;
};
const helper = columnHelperFor<TableRow>();
const DAY_CELL = "whitespace-nowrap tabular-nums";

/** Each vocabulary's labels, looked up once per render instead of once per cell. */
function labelsOf<K extends string>(keys: readonly K[], label: (key: K) => string): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, label(k)]));
}

/** The agreements table, rendered on the server; its checkboxes and the bulk bar are the client parts. */
export async function AgreementsTable(props: {
  page: { rows: TableRow[]; total: number; page: number; pageSize: number };
  sort: { id: string; desc: boolean };
  hiddenColumns: readonly string[];
  /** The view's query (sort and page links keep its filters). */
  params: URLSearchParams;
  empty: React.ReactNode;
  bulk: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const labels = {
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
  };
  const columns = helper.columns([
    ...(props.bulk
      ? [
          helper.display({
            id: "select",
            header: ({ table }) => (
              <SelectPageCheckbox
                ids={table.getRowModel().rows.filter((row) => row.getCanSelect()).map((row) => row.id)}
                label={t("bulk.selectPage")}
              />
            ),
            cell: ({ row }) => {
              const selectable = row.getCanSelect();
              return (
                <SelectRowCheckbox
                  id={row.id}
                  label={labels.selectRow(row.original.reference)}
                  disabled={!selectable}
                  title={selectable ? undefined : labels.notYours}
                />
              );
            },
          }),
        ]
      : []),
    helper.accessor("reference", {
      id: "reference",
      header: () => t("agreements.columns.reference"),
      meta: { cellClassName: "font-mono text-xs whitespace-nowrap" },
      cell: (c) => (
        <a href={`/agreements/${c.getValue()}`} data-reference className="text-blue-800 underline">
          {c.getValue()}
        </a>
      ),
    }),
    helper.accessor("title", {
      id: "title",
      header: () => t("agreements.columns.title"),
      meta: { cellClassName: "min-w-56" },
      // The title is what people read and click; the reference code links to the same page.
      cell: (c) => (
        <>
          <a
            href={`/agreements/${c.row.original.reference}`}
            lang={c.row.original.titleShownIn ?? undefined}
            className="text-slate-900 hover:text-blue-800 hover:underline"
          >
            {c.getValue()}
          </a>
          {c.row.original.titleShownIn ? (
            <span className="ml-1.5 rounded bg-amber-100 px-1 text-xs text-amber-900 uppercase" title={labels.shownIn[c.row.original.titleShownIn]} data-testid="title-shown-in">
              <span aria-hidden="true">{c.row.original.titleShownIn}</span>
              <span className="sr-only">{labels.shownIn[c.row.original.titleShownIn]}</span>
            </span>
          ) : null}
          {c.row.original.archived ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">{labels.archived}</span> : null}
          {c.row.original.documentMatches.length > 0 ? (
            <p className="mt-1 text-xs text-slate-600" data-testid="document-match">
              {labels.foundIn(c.row.original.documentMatches.join(", "))}
            </p>
          ) : null}
        </>
      ),
    }),
    helper.accessor("area", { id: "area", header: () => t("agreements.columns.area"), cell: (c) => labels.area[c.getValue()] ?? c.getValue() }),
    helper.accessor("lead", { id: "lead", header: () => t("agreements.columns.lead"), cell: (c) => c.getValue() }),
    helper.accessor((r) => r.parties, {
      id: "parties",
      header: () => t("agreements.columns.parties"),
      enableSorting: false,
      meta: { cellClassName: "min-w-40 text-xs text-slate-700" },
      cell: (c) => (
        <ul>
          {c.getValue().map(([country, name]) => (
            <li key={`${country} ${name}`}>
              <abbr title={labels.country[country]} className="font-semibold no-underline">{country}</abbr> {name}
            </li>
          ))}
        </ul>
      ),
    }),
    helper.accessor((r) => r.owners, {
      id: "owners",
      header: () => t("owners.column"),
      enableSorting: false,
      meta: { cellClassName: "min-w-32 text-xs text-slate-700" },
      cell: (c) => (
        <ul data-testid="owners-cell">
          {c.getValue().map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ),
    }),
    helper.accessor("status", { id: "status", header: () => t("agreements.columns.status"), cell: (c) => <StatusBadge status={c.getValue()} label={labels.status[c.getValue()] ?? c.getValue()} /> }),
    helper.accessor("progress", { id: "progress", header: () => t("agreements.columns.progress"), cell: (c) => <ProgressBar value={c.getValue()} label={labels.progress} /> }),
    helper.accessor("worstSeverity", {
      id: "worstSeverity",
      header: () => t("agreements.columns.worstSeverity"),
      cell: (c) => {
        const severity = SEVERITIES[c.getValue()] ?? "none";
        return <SeverityBadge severity={severity} label={labels.severity[severity] ?? severity} />;
      },
    }),
    helper.accessor("nextMilestoneDue", { id: "nextMilestone", header: () => t("agreements.columns.nextMilestone"), meta: { cellClassName: DAY_CELL }, cell: (c) => c.getValue() }),
    helper.accessor("targetDate", { id: "targetDate", header: () => t("agreements.columns.targetDate"), meta: { cellClassName: DAY_CELL }, cell: (c) => c.getValue() }),
    helper.accessor("lastUpdate", {
      id: "lastUpdate",
      header: () => t("agreements.columns.lastUpdate"),
      meta: { cellClassName: "text-xs whitespace-nowrap" },
      cell: (c) => (
        <>
          {c.getValue()}
          {c.row.original.lastUpdateBy ? <span className="block text-slate-600">{labels.by(c.row.original.lastUpdateBy)}</span> : null}
          {c.row.original.stale ? (
            <span className="mt-0.5 inline-block rounded bg-amber-100 px-1.5 font-medium text-amber-900 ring-1 ring-amber-300" data-stale="true">
              {`⏱ ${labels.stale}`}
            </span>
          ) : null}
        </>
      ),
    }),
  ]);

  const table = (
    <DataTable
      caption={t("agreements.caption")}
      columns={columns}
      rows={props.page.rows}
      total={props.page.total}
      page={props.page.page}
      pageSize={props.page.pageSize}
      sort={props.sort}
      hiddenColumns={props.hiddenColumns}
      path="/agreements"
      params={props.params}
      getRowId={(r) => r.id}
      canSelect={props.bulk ? (r) => r.editable : undefined}
      empty={props.empty}
    />
  );
  if (!props.bulk) return <div className="space-y-3">{table}</div>;
  return (
    <SelectionProvider>
      <div className="space-y-3">
        <BulkUpdateBar rows={props.page.rows.map((r) => ({ id: r.id, reference: r.reference }))} />
        {table}
      </div>
    </SelectionProvider>
  );
}
