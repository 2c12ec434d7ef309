import { getTranslations } from "next-intl/server";
import { columnHelperFor, DataTable } from "@/app/_components/data-table";
import type { AuditRow } from "@/lib/data/audit-log";
import { formatDateTime } from "@/lib/format";

const helper = columnHelperFor<AuditRow>();

/** JSON of before/after, shown compactly as text (never as markup). */
function Change({ value }: { value: string | null }) {
  if (!value) return null;
  return <code className="block max-w-md text-xs break-words whitespace-pre-wrap text-slate-700">{value}</code>;
}

/** The audit log's table, rendered on the server; `params` is the view's query (its filters). */
export async function AuditTable({ page, params }: { page: { rows: AuditRow[]; total: number; page: number; pageSize: number }; params: URLSearchParams }) {
  const t = await getTranslations("admin.audit");
  const columns = helper.columns([
    helper.accessor("createdAt", { id: "time", header: () => t("time"), enableSorting: false, cell: (c) => <span className="whitespace-nowrap text-xs">{formatDateTime(c.getValue())}</span> }),
    helper.accessor("actor", { id: "actor", header: () => t("person"), enableSorting: false, cell: (c) => c.getValue() ?? t("system") }),
    helper.accessor("action", { id: "action", header: () => t("action"), enableSorting: false, cell: (c) => <code className="text-xs">{c.getValue()}</code> }),
    helper.accessor("agreementReference", {
      id: "agreement",
      header: () => t("agreement"),
      enableSorting: false,
      cell: (c) => (c.getValue() ? <a className="font-mono text-xs text-blue-800 underline" href={`/agreements/${c.getValue()}`}>{c.getValue()}</a> : <span className="text-xs text-slate-500">{c.row.original.entityType}</span>),
    }),
    helper.accessor("before", { id: "before", header: () => t("before"), enableSorting: false, cell: (c) => <Change value={c.getValue()} /> }),
    helper.accessor("after", { id: "after", header: () => t("after"), enableSorting: false, cell: (c) => <Change value={c.getValue()} /> }),
  ]);
  return (
    <DataTable
      caption={t("title")}
      columns={columns}
      rows={page.rows}
      total={page.total}
      page={page.page}
      pageSize={page.pageSize}
      sort={null}
      path="/admin/audit"
      params={params}
      getRowId={(r) => r.id}
      empty={<p>{t("empty")}</p>}
    />
  );
}
