// Limits shared by forms (client) and schemas (server). Kept free of zod so that client
// components importing them do not ship the validation library.

export const NOTE_MAX = 2000;
/** The characters of a search that are used (a longer text is cut to this). */
export const SEARCH_MAX = 200;
export const SHORT_TEXT_MAX = 1000;
/** Largest CSV file an import accepts. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** Columns of the agreements table that can be sorted, and those that can be hidden. */
export const SORTABLE_COLUMNS = [
  "reference",
  "title",
  "area",
  "lead",
  "status",
  "progress",
  "worstSeverity",
  "nextMilestone",
  "targetDate",
  "lastUpdate",
] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export const HIDEABLE_COLUMNS = [
  "area",
  "lead",
  "parties",
  "owners",
  "status",
  "progress",
  "worstSeverity",
  "nextMilestone",
  "targetDate",
  "lastUpdate",
] as const;

/** Agreement reference codes, e.g. AZ-KZ-2025-ENE-01: capitals and digits in 2-8 hyphenated parts. */
export const REFERENCE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+){1,7}$/;
export const REFERENCE_MAX = 60;
