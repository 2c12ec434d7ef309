import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { listAgreements } from "@/lib/data/agreements";
import { hasActiveFilters, parseAgreementQuery } from "@/lib/validations/agreement-query";
import { AgreementsTable } from "./agreements-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("title") };
}

export default async function AgreementsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission("agreement:read");
  const query = parseAgreementQuery(await searchParams);
  const [page, t] = await Promise.all([listAgreements(query), getTranslations("agreements")]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600" data-testid="agreement-count">
          {t("count", { total: page.total })}
        </p>
      </div>
      <AgreementsTable
        page={page}
        sort={{ id: query.sort, desc: query.dir === "desc" }}
        hiddenColumns={query.hide}
        filtered={hasActiveFilters(query)}
      />
    </div>
  );
}
