// The one list of every controlled vocabulary in Accord. Order matters: it is the display order.
// UI labels come from the message catalog (messages/en.json), keyed by these values.

export const AGREEMENT_STATUSES = [
  "not_started",
  "on_track",
  "at_risk",
  "delayed",
  "completed",
  "suspended",
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
/** A value read from the database or a message is one of the statuses the app knows. */
export const isAgreementStatus = (value: string): value is AgreementStatus => (AGREEMENT_STATUSES as readonly string[]).includes(value);

export const RAG = ["red", "amber", "green", "blue", "grey"] as const;
export type Rag = (typeof RAG)[number];

/** RAG colour derives from status; completed and suspended sit outside red/amber/green. */
export const STATUS_RAG: Record<AgreementStatus, Rag> = {
  not_started: "grey",
  on_track: "green",
  at_risk: "amber",
  delayed: "red",
  completed: "blue",
  suspended: "grey",
};

export const AREAS = ["energy", "transport", "digital", "culture", "education", "youth"] as const;
export type Area = (typeof AREAS)[number];

/** Three-letter codes used in agreement references, e.g. AZ-KZ-2025-ENE-01. */
export const AREA_CODES: Record<Area, string> = {
  energy: "ENE",
  transport: "TRN",
  digital: "DIG",
  culture: "CUL",
  education: "EDU",
  youth: "YTH",
};

export const INSTRUMENT_TYPES = [
  "agreement",
  "memorandum",
  "protocol",
  "programme",
  "roadmap",
] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

export const SEVERITIES = ["none", "low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];


export const COUNTRIES = ["AZ", "KZ", "OTHER"] as const;
export type Country = (typeof COUNTRIES)[number];

/** The two sides of a bilateral package. */
export const SIDES = ["AZ", "KZ"] as const;
export type Side = (typeof SIDES)[number];

export const ORGANIZATION_KINDS = [
  "ministry",
  "state_company",
  "fund",
  "agency",
  "other",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ROLES = ["admin", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Keys of the challenges that ship with the seed (section V of the source article). */
export const SEED_CHALLENGE_KEYS = [
  "infrastructure_funding",
  "great_power_balance",
  "internal_reform",
] as const;
export type SeedChallengeKey = (typeof SEED_CHALLENGE_KEYS)[number];
