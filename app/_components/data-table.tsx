"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import {
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
  type ColumnVisibilityState,
  type RowData,
  type CellData,
  type CellContext,
  type Column,
  type Row as TableRow,
  type Table,
  type TableFeatures,
} from "@tanstack/react-table";
import { useUrlParams } from "./use-url-params";
import { useSoftNavigation } from "./soft-links";

declare module "@tanstack/react-table" {
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
export const columnHelperFor = <Row extends RowData,>() => createColumnHelper<DataTableFeatures, Row>();
export type DataTableColumn<Row extends RowData> = ColumnDef<DataTableFeatures, Row, unknown>;

export const PAGE_SIZES = [25, 50, 100] as const;

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
  /** Row selection for bulk actions; ids of rows that may be selected. */
  selection?: {
    selected: RowSelectionState;
    onChange: (next: RowSelectionState) => void;
    canSelect: (row: Row) => boolean;
  };
  empty: ReactNode;
};

/**
 * One generic table. Sorting and paging write to the URL (the single owner of table state), so
 * a link reproduces the view and the back button steps back through it.
 */
export function DataTable<Row extends RowData>(props: Props<Row>) {
  const t = useTranslations("table");
  const { update: navigate, pending } = useUrlParams();
  const softNavigation = useSoftNavigation();

  const sorting: SortingState = props.sort ? [props.sort] : [];
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(
    (props.hiddenColumns ?? []).map((id) => [id, false]),
  );
  const pageCount = Math.max(1, Math.ceil(props.total / props.pageSize));

  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: props.rows,
    getRowId: props.getRowId,
    manualSorting: true,
    manualPagination: true,
    rowCount: props.total,
    enableMultiSort: false,
    enableRowSelection: props.selection ? (row) => props.selection!.canSelect(row.original) : false,
    state: {
      sorting,
      columnVisibility,
      pagination: { pageIndex: props.page - 1, pageSize: props.pageSize },
      rowSelection: props.selection?.selected ?? {},
    },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      navigate({ sort: next ? next.id : null, dir: next ? (next.desc ? "desc" : "asc") : null, page: null });
    },
    onRowSelectionChange: (updater) =>
      props.selection?.onChange(functionalUpdate(updater, props.selection.selected)),
  });

  const visibleColumns = table.getVisibleLeafColumns();
  const first = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1;
  const last = Math.min(props.total, props.page * props.pageSize);

  return (
    <div className="space-y-3">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" aria-busy={pending}>
        {/* Links in cells are plain <a>; a plain click on one navigates client-side (SoftLinks). */}
        <table className="data-table w-full text-left text-sm" onClick={softNavigation}>
          <caption className="sr-only">{props.caption}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 font-semibold whitespace-nowrap"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className="text-slate-400">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                          <span className="sr-only">
                            {sorted ? t(sorted === "asc" ? "sortedAsc" : "sortedDesc") : t("sortable")}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="py-10 text-center text-slate-600">
                  {props.empty}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className={row.getIsSelected() ? "bg-blue-50" : undefined}>
                  {visibleColumns.map((column) => (
                    <td key={column.id} className={column.columnDef.meta?.cellClassName}>
                      {renderBodyCell(table, row, column)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
        <p aria-live="polite">{t("showing", { first, last, total: props.total })}</p>
        <div className="flex items-center gap-2">
          <label className="flex items-center gap-2">
            {t("rowsPerPage")}
            <select
              className="rounded border border-slate-300 px-2 py-1"
              value={props.pageSize}
              onChange={(e) => navigate({ size: e.target.value, page: null })}
            >
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40"
            disabled={props.page <= 1}
            onClick={() => navigate({ page: String(props.page - 1) })}
          >
            {t("previous")}
          </button>
          <span>{t("pageOf", { page: props.page, pages: pageCount })}</span>
          <button
            type="button"
            className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40"
            disabled={props.page >= pageCount}
            onClick={() => navigate({ page: String(props.page + 1) })}
          >
            {t("next")}
          </button>
        </div>
      </nav>
    </div>
  );
}

/**
 * One body cell, rendered from its column rather than through `row.getVisibleCells()` and
 * `<FlexRender cell>`: those build a cell object, its context and a component for each of the
 * 600 cells of a 50-row page, about a fifth of the page's server time (bench/README.md, "Third
 * round"). The visible columns are computed once per table instead of once per row. The context
 * is TanStack's own, with the cell object built only if a renderer asks for it. Cell renderers
 * are called as plain functions, so they must not use hooks (none does; a cell that needs state
 * renders a component).
 */
function renderBodyCell<Row extends RowData>(
  table: Table<DataTableFeatures, Row>,
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
