import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/permissions";
import { listAgreements, listChallengeOptions, type AgreementListRow } from "@/lib/data/agreements";
import type { CurrentUser } from "@/lib/data/session-user";
import { formatDay } from "@/lib/format";
import { agreementFormOptions } from "@/lib/data/agreement-admin";
import { listSavedViews } from "@/lib/data/saved-views";
import { agreementQueryToParams, hasActiveFilters, parseAgreementQuery } from "@/lib/url-state/agreement-query";
import { AgreementsTable } from "./agreements-table";
import type { TableRow } from "./table-row";
import { AgreementFilters } from "./agreement-filters";
import { clearedHref, FilterChips } from "./filter-chips";
import { ColumnChooser } from "./column-chooser";
import { SavedViews } from "./saved-views";
import { ExportMenu } from "./export-menu";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agreements");
  return { title: t("title") };
}

export default async function AgreementsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("agreement:read");
  const query = parseAgreementQuery(await searchParams);
  const reader = await readerLocale();
  const [page, challenges, { visits, organizations }, views, t] = await Promise.all([
    listAgreements(query, new Date(), user, reader),
    listChallengeOptions(reader),
    agreementFormOptions(reader),
    listSavedViews(user),
    getTranslations(),
  ]);
  const options = { organizations, visits, challenges };
  const currentQuery = agreementQueryToParams({ ...query, page: 1 }).toString();
  const rows = page.rows.map((r) => toTableRow(r, user));
  const filtered = hasActiveFilters(query);

  return (
    <ClientMessages namespaces={["agreements", "status", "area", "severity", "country", "content.fallback", "tracking.update.reload", "filters", "views", "bulk", "reports.export", "admin.save", "owners.filterMine", "owners.filterMineHelp"]}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-baseline gap-3">
            <h1 className="text-2xl font-semibold">{t("agreements.title")}</h1>
            <p className="text-sm text-slate-600" data-testid="agreement-count">
              {t("agreements.count", { total: page.total })}
            </p>
          </div>
          <div className="no-print flex flex-wrap items-center gap-2">
            <SavedViews views={views} currentQuery={currentQuery} canShare={can(user, "view:share")} />
            <ColumnChooser hidden={query.hide} />
            <ExportMenu query={currentQuery} />
            {can(user, "agreement:import") ? (
              <Link href="/agreements/import" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
                {t("agreements.import")}
              </Link>
            ) : null}
            {can(user, "agreement:manage") ? (
              <Link href="/agreements/new" className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white">
                {t("admin.agreement.new")}
              </Link>
            ) : null}
          </div>
        </div>
        <AgreementFilters query={query} options={options} keep={[...agreementQueryToParams({ ...query, q: "", page: 1 })]} />
        <FilterChips query={query} options={options} />
        <AgreementsTable
          page={{ ...page, rows }}
          sort={{ id: query.sort, desc: query.dir === "desc" }}
          hiddenColumns={query.hide}
          params={agreementQueryToParams(query)}
          bulk={can(user, "agreement:track")}
          empty={
            <div className="space-y-2">
              <p>{t("agreements.empty")}</p>
              {filtered ? (
                <Link href={clearedHref(query)} className="text-blue-800 underline">
                  {t("agreements.clearFilters")}
                </Link>
              ) : null}
            </div>
          }
        />
      </div>
    </ClientMessages>
  );
}

/** The table's row: what the cells show, days as text, and whether this person may update it. */
function toTableRow(r: AgreementListRow, user: CurrentUser): TableRow {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    titleShownIn: r.titleShownIn,
    area: r.area,
    status: r.status,
    progress: r.progress,
    worstSeverity: r.worstSeverity,
    nextMilestoneDue: formatDay(r.nextMilestoneDue),
    targetDate: formatDay(r.targetDate),
    lastUpdate: formatDay(r.lastUpdateAt),
    lastUpdateBy: r.lastUpdateBy,
    archived: r.archived,
    stale: r.stale,
    lead: r.lead.name,
    parties: r.parties.map((p) => [p.country, p.shortName || p.name]),
    owners: r.owners,
    documentMatches: r.documentMatches,
    editable: can(user, "agreement:track", {
      leadOrganizationId: r.lead.id,
      partyOrganizationIds: r.parties.map((p) => p.id),
      archivedAt: r.archived ? new Date(0) : null,
    }),
  };
}
