import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { batch, createAtom } from "@tanstack/store";
import {
  columnVisibilityFeature,
  constructTable,
  createColumnHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type CellContext,
  type CellData,
  type Column,
  type ColumnDef,
  type ColumnVisibilityState,
  type Header,
  type Row as TableRow,
  type RowData,
  type Table,
  type TableFeatures,
} from "@tanstack/table-core";
import { renderPhaseReactivity } from "@tanstack/table-core/reactivity";
import { withQueryChanges } from "@/lib/url-state/query-changes";
import { SoftLinks } from "./soft-links";
import { PageSizeSelect } from "./page-size-select";

declare module "@tanstack/table-core" {
  interface ColumnMeta<in out TFeatures extends TableFeatures, in out TData extends RowData, TValue extends CellData = CellData> {
    /** Classes of this column's body cells (so cells need no wrapper element for their layout). */
    cellClassName?: string;
  }
}

/** Features every Accord table has; processing is manual: the server filters, sorts and pages. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
});
export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableInstance<Row extends RowData> = Table<DataTableFeatures, Row>;
export const columnHelperFor = <Row extends RowData,>() => createColumnHelper<DataTableFeatures, Row>();
export type DataTableColumn<Row extends RowData> = ColumnDef<DataTableFeatures, Row, unknown>;

export const PAGE_SIZES = [25, 50, 100] as const;

/** A visible column as a client-rendered body needs it: its id and its cells' classes. */
export type BodyColumn = { id: string; className?: string };

type Props<Row extends RowData> = {
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  sort: { id: string; desc: boolean } | null;
  getRowId: (row: Row) => string;
  hiddenColumns?: readonly string[];
  /** The page's path and the view's query: sort and page links change one parameter of it. */
  path: string;
  params: URLSearchParams;
  /** Which rows may be selected for a bulk action (the selection itself lives in the browser). */
  canSelect?: (row: Row) => boolean;
  /**
   * The rows rendered by a client component from their data, given the visible columns (a busy
   * table: compact data on every navigation instead of markup). Without it, the cells are
   * rendered here from the columns' `cell` renderers.
   */
  body?: (columns: BodyColumn[]) => ReactNode;
  empty: ReactNode;
};

/**
 * One generic table, built on the server with TanStack Table's core: the browser receives no
 * table library (issue 17: the table page was 7 KiB over its JavaScript budget, most of it
 * TanStack). The header and the pager are rendered here; the body too, or by a client component
 * from the rows' data (`body`) where compact data on every navigation beats markup. The URL is
 * the single owner of the table's state: sorting and paging are links (followed client-side by
 * SoftLinks, and working without script), so a link reproduces the view and the back button steps
 * back through it. Only the rows-per-page select and row selection are client components.
 */
export async function DataTable<Row extends RowData>(props: Props<Row>) {
  const t = await getTranslations("table");
  const columnVisibility: ColumnVisibilityState = Object.fromEntries((props.hiddenColumns ?? []).map((id) => [id, false]));
  const canSelect = props.canSelect;
  const table = constructTable({
    features: { coreReactivityFeature: renderPhaseReactivity({ createAtom, batch }), ...dataTableFeatures },
    columns: props.columns,
    data: props.rows,
    getRowId: props.getRowId,
    manualSorting: true,
    manualPagination: true,
    rowCount: props.total,
    enableMultiSort: false,
    enableRowSelection: canSelect ? (row: TableRow<DataTableFeatures, Row>) => canSelect(row.original) : false,
    state: {
      sorting: props.sort ? [props.sort] : [],
      columnVisibility,
      pagination: { pageIndex: props.page - 1, pageSize: props.pageSize },
    },
  } as Parameters<typeof constructTable<DataTableFeatures, Row>>[0]) as DataTableInstance<Row>;

  const href = (changes: Record<string, string | null>) => {
    const query = withQueryChanges(props.params, changes).toString();
    return query ? `${props.path}?${query}` : props.path;
  };
  const visibleColumns = table.getVisibleLeafColumns();
  const rows = table.getRowModel().rows;
  const pageCount = Math.max(1, table.getPageCount());
  const first = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const last = Math.min(props.total, props.page * props.pageSize);
  const pageLink = "rounded border border-slate-300 px-3 py-1";

  return (
    // Links in the table and its pager are plain <a>; a plain click on one navigates client-side.
    <SoftLinks className="space-y-3">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="data-table w-full text-left text-sm">
          <caption className="sr-only">{props.caption}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = header.isPlaceholder ? null : renderHeader(table, header);
                  if (!header.column.getCanSort()) {
                    return (
                      <th key={header.id} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                        {label}
                      </th>
                    );
                  }
                  // TanStack's cycle (first direction by the column's values, then the other, then
                  // back to the default order), as links.
                  const next = header.column.getNextSortingOrder();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 font-semibold whitespace-nowrap"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      <a
                        href={href({ sort: next ? header.column.id : null, dir: next || null, page: null })}
                        data-keep-scroll
                        className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600"
                      >
                        {label}
                        <span aria-hidden="true" className="text-slate-400">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                        <span className="sr-only">{sorted ? t(sorted === "asc" ? "sortedAsc" : "sortedDesc") : t("sortable")}</span>
                      </a>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {rows.length > 0 && props.body ? (
            props.body(visibleColumns.map((column) => ({ id: column.id, className: column.columnDef.meta?.cellClassName })))
          ) : (
            <tbody className="divide-y divide-slate-100">
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={visibleColumns.length} className="py-10 text-center text-slate-600">
                    {props.empty}
                  </td>
                </tr>
              ) : (
                rows.map((row) => (
                  <tr key={row.id}>
                    {visibleColumns.map((column) => (
                      <td key={column.id} className={column.columnDef.meta?.cellClassName}>
                        {renderBodyCell(table, row, column)}
                      </td>
                    ))}
                  </tr>
                ))
              )}
            </tbody>
          )}
        </table>
      </div>

      <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
        <p aria-live="polite">{t("showing", { first, last, total: props.total })}</p>
        <div className="flex items-center gap-2">
          <PageSizeSelect label={t("rowsPerPage")} value={props.pageSize} sizes={PAGE_SIZES} />
          {props.page > 1 ? (
            <a href={href({ page: props.page - 1 > 1 ? String(props.page - 1) : null })} data-keep-scroll rel="prev" className={`${pageLink} hover:bg-slate-50`}>
              {t("previous")}
            </a>
          ) : (
            <span aria-disabled="true" className={`${pageLink} opacity-40`}>
              {t("previous")}
            </span>
          )}
          <span>{t("pageOf", { page: props.page, pages: pageCount })}</span>
          {props.page < pageCount ? (
            <a href={href({ page: String(props.page + 1) })} data-keep-scroll rel="next" className={`${pageLink} hover:bg-slate-50`}>
              {t("next")}
            </a>
          ) : (
            <span aria-disabled="true" className={`${pageLink} opacity-40`}>
              {t("next")}
            </span>
          )}
        </div>
      </nav>
    </SoftLinks>
  );
}

function renderHeader<Row extends RowData>(table: DataTableInstance<Row>, header: Header<DataTableFeatures, Row, unknown>): ReactNode {
  const render = header.column.columnDef.header;
  return (typeof render === "function" ? render({ table, header, column: header.column }) : render) as ReactNode;
}

/**
 * One body cell, rendered from its column rather than through `row.getVisibleCells()`: that builds
 * a cell object and its context for each of the 600 cells of a 50-row page, about a fifth of the
 * page's server time (bench/README.md, "Third round"). The visible columns are computed once per
 * table instead of once per row. The context is TanStack's own, with the cell object built only if
 * a renderer asks for it. Cell renderers are called as plain functions on the server, so they must
 * not use hooks (a cell that needs state renders a client component).
 */
function renderBodyCell<Row extends RowData>(
  table: DataTableInstance<Row>,
  row: TableRow<DataTableFeatures, Row>,
  column: Column<DataTableFeatures, Row, unknown>,
): ReactNode {
  const render = column.columnDef.cell;
  if (typeof render !== "function") return (render ?? row.renderValue(column.id)) as ReactNode;
  const context: CellContext<DataTableFeatures, Row, unknown> = {
    table,
    row,
    column,
    getValue: () => row.getValue(column.id),
    renderValue: () => row.renderValue(column.id),
    get cell() {
      return row.getAllCellsByColumnId()[column.id]!;
    },
  };
  return render(context) as ReactNode;
}
