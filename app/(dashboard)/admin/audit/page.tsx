import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { auditFilterOptions, listAuditEvents } from "@/lib/data/audit-log";
import { auditQuerySchema, auditQueryToParams } from "@/lib/validations/audit-query";
import { AuditTable } from "./audit-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("audit:read");
  const raw = await searchParams;
  const query = auditQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [page, users, t] = await Promise.all([listAuditEvents(query), auditFilterOptions(), getTranslations("admin.audit")]);
  const field = "mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label={t("filters")}>
        <label className="text-sm">
          {t("person")}
          <select name="actor" defaultValue={query.actor ?? ""} className={`${field} block`}>
            <option value="">{t("anyone")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("agreement")}
          <input name="agreement" defaultValue={query.agreement ?? ""} placeholder="AZ-KZ-2025-ENE-01" className={`${field} block`} />
        </label>
        <label className="text-sm">
          {t("from")}
          <input type="date" name="from" defaultValue={query.from ?? ""} className={`${field} block`} />
        </label>
        <label className="text-sm">
          {t("to")}
          <input type="date" name="to" defaultValue={query.to ?? ""} className={`${field} block`} />
        </label>
        <button type="submit" className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white">
          {t("apply")}
        </button>
        <a href="/admin/audit" className="py-1.5 text-sm text-blue-800 underline">
          {t("clear")}
        </a>
      </form>
      <p className="text-sm text-slate-600" data-testid="audit-count">
        {t("count", { total: page.total })}
      </p>
      <AuditTable page={page} params={auditQueryToParams(query)} />
    </div>
  );
}
