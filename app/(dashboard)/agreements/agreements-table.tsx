import { getTranslations } from "next-intl/server";
import { columnHelperFor, DataTable } from "@/app/_components/data-table";
import { SelectionProvider, SelectPageCheckbox } from "@/app/_components/table-selection";
import { AgreementRows } from "./agreement-rows";
import { BulkUpdateBar } from "./bulk-update-bar";
import type { TableRow } from "./table-row";

const helper = columnHelperFor<TableRow>();
const DAY_CELL = "whitespace-nowrap tabular-nums";

/**
 * The agreements table. The server builds it with TanStack's core: the columns, which show, how
 * each sorts and which rows may be selected; it renders the header (sort links) and the pager.
 * The rows are rendered in the browser from their data (./agreement-rows.tsx): compact to send
 * on every sort, filter and page, with no table library in the browser.
 */
export async function AgreementsTable(props: {
  page: { rows: TableRow[]; total: number; page: number; pageSize: number };
  sort: { id: string; desc: boolean };
  hiddenColumns: readonly string[];
  /** The view's query (sort and page links keep its filters). */
  params: URLSearchParams;
  empty: React.ReactNode;
  bulk: boolean;
}) {
  const t = await getTranslations();
  const header = (key: Parameters<typeof t>[0]) => () => t(key);
  const columns = helper.columns([
    ...(props.bulk
      ? [
          helper.display({
            id: "select",
            header: ({ table }) => (
              <SelectPageCheckbox ids={table.getRowModel().rows.filter((row) => row.getCanSelect()).map((row) => row.id)} label={t("bulk.selectPage")} />
            ),
          }),
        ]
      : []),
    helper.accessor("reference", { id: "reference", header: header("agreements.columns.reference"), meta: { cellClassName: "font-mono text-xs whitespace-nowrap" } }),
    helper.accessor("title", { id: "title", header: header("agreements.columns.title"), meta: { cellClassName: "min-w-56" } }),
    helper.accessor("area", { id: "area", header: header("agreements.columns.area") }),
    helper.accessor("lead", { id: "lead", header: header("agreements.columns.lead") }),
    helper.accessor((r) => r.parties, { id: "parties", header: header("agreements.columns.parties"), enableSorting: false, meta: { cellClassName: "min-w-40 text-xs text-slate-700" } }),
    helper.accessor((r) => r.owners, { id: "owners", header: header("owners.column"), enableSorting: false, meta: { cellClassName: "min-w-32 text-xs text-slate-700" } }),
    helper.accessor("status", { id: "status", header: header("agreements.columns.status") }),
    helper.accessor("progress", { id: "progress", header: header("agreements.columns.progress") }),
    helper.accessor("worstSeverity", { id: "worstSeverity", header: header("agreements.columns.worstSeverity") }),
    helper.accessor("nextMilestoneDue", { id: "nextMilestone", header: header("agreements.columns.nextMilestone"), meta: { cellClassName: DAY_CELL } }),
    helper.accessor("targetDate", { id: "targetDate", header: header("agreements.columns.targetDate"), meta: { cellClassName: DAY_CELL } }),
    helper.accessor("lastUpdate", { id: "lastUpdate", header: header("agreements.columns.lastUpdate"), meta: { cellClassName: "text-xs whitespace-nowrap" } }),
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
      body={(visible) => <AgreementRows rows={props.page.rows} columns={visible} />}
      empty={props.empty}
    />
  );
  if (!props.bulk) return <div className="space-y-3">{table}</div>;
  return (
    <SelectionProvider>
      <div className="space-y-3">
        {/* The same rows as the table body: the page carries them once. */}
        <BulkUpdateBar rows={props.page.rows} />
        {table}
      </div>
    </SelectionProvider>
  );
}
