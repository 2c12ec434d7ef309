import { z } from "zod";
import { parseAgreementQuery, type AgreementQuery } from "./agreement-query";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  });

const DAY_MS = 86_400_000;
export const DEFAULT_SINCE_DAYS = 30;

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export type ReportParams = {
  asOf: string;
  since: string;
  /** The table's filters that scope a report (visit, area, side); the rest are ignored. */
  scope: AgreementQuery;
};

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const first = (params: RawParams, key: string): unknown => {
  const v = params instanceof URLSearchParams ? params.get(key) : params[key];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Report dates from the URL, with safe fallbacks: a malformed or impossible asOf is today and a
 * future one is clamped to today (the history has nothing beyond it); since defaults to 30 days
 * before asOf and must be earlier than asOf.
 */
export function parseReportParams(params: RawParams, now = new Date()): ReportParams {
  const today = dayOf(now);
  const parsedAsOf = isoDay.safeParse(first(params, "asOf"));
  const asOf = parsedAsOf.success && parsedAsOf.data < today ? parsedAsOf.data : today;
  const parsedSince = isoDay.safeParse(first(params, "since"));
  const since =
    parsedSince.success && parsedSince.data < asOf
      ? parsedSince.data
      : dayOf(new Date(Date.parse(`${asOf}T00:00:00.000Z`) - DEFAULT_SINCE_DAYS * DAY_MS));
  const table = parseAgreementQuery(params);
  const scope = parseAgreementQuery({});
  return { asOf, since, scope: { ...scope, visit: table.visit, area: table.area, side: table.side } };
}

/** The report's URL parameters (for the page's PDF link and the export menu). */
export function reportParamsToSearch(params: ReportParams): URLSearchParams {
  const search = new URLSearchParams({ asOf: params.asOf, since: params.since });
  if (params.scope.visit) search.set("visit", params.scope.visit);
  if (params.scope.area.length) search.set("area", params.scope.area.join(","));
  if (params.scope.side) search.set("side", params.scope.side);
  return search;
}
