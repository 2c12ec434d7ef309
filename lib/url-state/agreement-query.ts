import { z } from "zod";
import { AREAS, AGREEMENT_STATUSES, SEVERITIES, SIDES } from "../domain/vocabulary";
import { entityId, isoDay } from "../validations/common";
import { HIDEABLE_COLUMNS, SEARCH_MAX, SORTABLE_COLUMNS } from "../domain/limits";

// A real calendar day (2027-02-31 is refused, not rolled over to March).
const isoDate = isoDay;

/** A repeated or comma-separated parameter, keeping only known values. */
const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => [v].flat().flatMap((s) => s.split(",")).filter((x): x is T[number] => values.includes(x)))
    .transform((v) => [...new Set(v)])
    .catch([]);

const id = entityId();

/**
 * The agreements table's state, read from the URL. Every field falls back to its default on junk
 * (.catch), so a hand-edited or stale link shows a sensible table instead of an error.
 */
export const agreementQuerySchema = z.object({
  // A longer text (a pasted paragraph) is cut, not dropped: its first words still search.
  q: z.string().trim().transform((s) => s.slice(0, SEARCH_MAX).trim()).catch("").default(""),
  area: listOf(AREAS).default([]),
  status: listOf(AGREEMENT_STATUSES).default([]),
  org: id.optional().catch(undefined),
  side: z.enum(SIDES).optional().catch(undefined),
  challenge: id.optional().catch(undefined),
  minSeverity: z.enum(SEVERITIES).optional().catch(undefined),
  targetFrom: isoDate.optional().catch(undefined),
  targetTo: isoDate.optional().catch(undefined),
  /** An open (not done) milestone due within these days. */
  dueFrom: isoDate.optional().catch(undefined),
  dueTo: isoDate.optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  dueSoon: z.enum(["1"]).optional().catch(undefined),
  stale: z.enum(["1"]).optional().catch(undefined),
  /** Agreements with an open milestone the viewer is responsible for. */
  mine: z.enum(["1"]).optional().catch(undefined),
  visit: id.optional().catch(undefined),
  archived: z.enum(["include", "only"]).optional().catch(undefined),
  sort: z.enum(SORTABLE_COLUMNS).catch("reference").default("reference"),
  /** With a search: rows whose reference or title holds the words first, then the rest (each by the sort). */
  rank: z.enum(["relevance"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  size: z.coerce
    .number()
    .int()
    .refine((n) => n === 25 || n === 50 || n === 100)
    .catch(25)
    .default(25),
  hide: listOf(HIDEABLE_COLUMNS).default([]),
});
export type AgreementQuery = z.infer<typeof agreementQuerySchema>;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseAgreementQuery(params: RawParams): AgreementQuery {
  const record: Record<string, string | string[]> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const prev = record[key];
    record[key] = prev === undefined ? value : [...[prev].flat(), ...[value].flat()];
  }
  // Only the parameters the table knows; anything else is ignored.
  return agreementQuerySchema.parse(record);
}

/** The filter part of the query (what a saved view, an export or a dashboard link carries). */
export const FILTER_KEYS = [
  "q",
  "area",
  "status",
  "org",
  "side",
  "challenge",
  "minSeverity",
  "targetFrom",
  "targetTo",
  "dueFrom",
  "dueTo",
  "overdue",
  "dueSoon",
  "stale",
  "mine",
  "visit",
  "archived",
] as const;

export function hasActiveFilters(query: AgreementQuery): boolean {
  return FILTER_KEYS.some((key) => {
    const value = query[key];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}

/**
 * The view with no parameters, parsed once (a page serializes a dozen links against it). Frozen,
 * lists included: copies share its empty lists, so a change to one would otherwise change all.
 */
export const DEFAULT_AGREEMENT_QUERY: Readonly<AgreementQuery> = deepFreeze(agreementQuerySchema.parse({}));

function deepFreeze<T extends object>(value: T): T {
  for (const field of Object.values(value)) if (Array.isArray(field)) Object.freeze(field);
  return Object.freeze(value);
}

/** Serializes a query back to URL parameters, omitting defaults. */
export function agreementQueryToParams(query: Partial<AgreementQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (value === DEFAULT_AGREEMENT_QUERY[key as keyof AgreementQuery]) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  return params;
}
