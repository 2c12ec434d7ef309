// The dashboard's scope in the URL: the table's visit/area/side filters, read by the table's own
// parser, and the links from each dashboard number to the table rows behind it.
import type { Area } from "../domain/vocabulary";
import type { DashboardScope } from "../domain/dashboard";
import {
  DEFAULT_AGREEMENT_QUERY,
  agreementQueryToParams,
  parseAgreementQuery,
  type AgreementQuery,
} from "./agreement-query";

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseDashboardScope(params: RawParams): DashboardScope {
  // The table's parser already validates these three with .catch fallbacks; other parameters
  // (status, sort...) are dropped on purpose: the dashboard always shows the whole scoped portfolio.
  const query = parseAgreementQuery(params);
  return { visit: query.visit, area: query.area, side: query.side };
}

/** The table query that means "the scoped portfolio" (archived agreements excluded by default). */
export function scopeQuery(scope: DashboardScope): AgreementQuery {
  return { ...DEFAULT_AGREEMENT_QUERY, visit: scope.visit, area: scope.area, side: scope.side };
}

/** A link to the agreements table showing exactly the rows behind a number. */
export function tableHref(scope: DashboardScope, extra: Partial<AgreementQuery> = {}): string {
  const params = agreementQueryToParams({ visit: scope.visit, area: scope.area, side: scope.side, ...extra });
  const query = params.toString();
  return query ? `/agreements?${query}` : "/agreements";
}

/** The heat-map cell link: agreements of the area assessed at least `low` on the challenge. */
export function heatCellHref(scope: DashboardScope, area: Area, challengeId: string): string {
  return tableHref(scope, { area: [area], challenge: challengeId, minSeverity: "low" });
}
