import { z } from "zod";
import { AGREEMENT_STATUSES, AREAS, SEVERITIES, SIDES } from "../domain/vocabulary";
import { SORTABLE_COLUMNS } from "../domain/limits";
import { milestoneCompleteSchema, milestoneCreateSchema, statusUpdateSchema } from "./tracking";
import { commentCreateSchema } from "./comment";
import { LOCALES } from "../i18n/locales";

// The /api/v1 contract: request bodies (the forms' own schemas, made strict: an unknown field is
// refused and named, and the agreement comes from the path) and response shapes. The OpenAPI
// document (lib/validations/api-v1-openapi.ts) is generated from these, and the handlers' return
// values are typed by them, so document and behaviour cannot drift apart silently.

export const API_PAGE_SIZE_DEFAULT = 50;
export const API_PAGE_SIZE_MAX = 200;

// ------------------------------------------------------------------------------------ requests

const version = z.number().int().min(1).optional().meta({
  description: "The agreement's (or milestone's) version the change is based on; or send If-Match.",
});

export const statusUpdateBody = z
  .strictObject({ ...statusUpdateSchema.omit({ agreementId: true, version: true }).shape, version })
  .meta({ id: "StatusUpdateInput" });

export const milestoneCreateBody = z
  .strictObject(milestoneCreateSchema.omit({ agreementId: true }).shape)
  .meta({ id: "MilestoneCreateInput" });

export const milestoneCompleteBody = z
  .strictObject({ ...milestoneCompleteSchema.omit({ agreementId: true, milestoneId: true, version: true }).shape, version })
  .meta({ id: "MilestoneCompleteInput" });

export const milestoneReopenBody = z.strictObject({ version }).meta({ id: "MilestoneReopenInput" });

export const commentCreateBody = z
  .strictObject({ body: commentCreateSchema.shape.body, milestoneId: commentCreateSchema.shape.milestoneId.optional() })
  .meta({ id: "CommentInput" });

/** The list's page size: anything above the cap is served at the cap, not refused. */
export const pageLimit = z.coerce
  .number()
  .int()
  .catch(API_PAGE_SIZE_DEFAULT)
  .transform((n) => Math.min(Math.max(n, 1), API_PAGE_SIZE_MAX));

/** What the list takes: the agreements table's own URL parameters (lib/url-state) plus paging. */
export const agreementListQuery = z.object({
  q: z.string().optional().meta({ description: "Text search (reference, title, organizations)." }),
  area: z.string().optional().meta({ description: `Comma-separated: ${AREAS.join(", ")}.` }),
  status: z.string().optional().meta({ description: `Comma-separated: ${AGREEMENT_STATUSES.join(", ")}.` }),
  org: z.string().optional().meta({ description: "Organization id: agreements it leads or is a party to." }),
  side: z.enum(SIDES).optional(),
  challenge: z.string().optional().meta({ description: "Challenge id (with minSeverity: at least that severity)." }),
  minSeverity: z.enum(SEVERITIES).optional(),
  targetFrom: z.string().optional().meta({ description: "YYYY-MM-DD" }),
  targetTo: z.string().optional().meta({ description: "YYYY-MM-DD" }),
  dueFrom: z.string().optional().meta({ description: "YYYY-MM-DD: an open milestone due on or after." }),
  dueTo: z.string().optional().meta({ description: "YYYY-MM-DD: an open milestone due on or before." }),
  overdue: z.enum(["1"]).optional(),
  dueSoon: z.enum(["1"]).optional(),
  stale: z.enum(["1"]).optional(),
  mine: z.enum(["1"]).optional(),
  visit: z.string().optional(),
  archived: z.enum(["include", "only"]).optional(),
  sort: z.enum(SORTABLE_COLUMNS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  limit: z.string().optional().meta({ description: `Page size, ${API_PAGE_SIZE_DEFAULT} by default, at most ${API_PAGE_SIZE_MAX} (larger is capped).` }),
  cursor: z.string().optional().meta({ description: "nextCursor of the previous page, with the same filters and order." }),
});

// ----------------------------------------------------------------------------------- responses

const isoDate = z.string().meta({ format: "date" });
const isoDateTime = z.string().meta({ format: "date-time" });
const named = z.object({ id: z.string(), name: z.string() });

export const organizationOut = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: "In English, the original." }),
    shortName: z.string(),
    localName: z.string().meta({ description: "In the organization's own language (Azerbaijani or Kazakh); empty if it has none." }),
    names: z
      .partialRecord(z.enum(LOCALES), z.object({ name: z.string(), shortName: z.string() }))
      .meta({ description: "The name and short name in each language that has one, English included." }),
    country: z.string(),
    kind: z.string(),
  })
  .meta({ id: "Organization" });

export const visitOut = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    hostCountry: z.string(),
    guestCountry: z.string(),
    place: z.string(),
    startDate: isoDate,
    endDate: isoDate,
  })
  .meta({ id: "Visit" });

export const challengeOut = z
  .object({ id: z.string(), name: z.string(), description: z.string(), archived: z.boolean() })
  .meta({ id: "Challenge" });

export const agreementSummaryOut = z
  .object({
    reference: z.string(),
    title: z.string(),
    area: z.enum(AREAS),
    status: z.enum(AGREEMENT_STATUSES),
    progress: z.number().int(),
    version: z.number().int().meta({ description: "Send it back with a status update (or as If-Match)." }),
    signedDate: isoDate.nullable(),
    targetDate: isoDate.nullable(),
    worstSeverity: z.enum(SEVERITIES),
    nextMilestoneDue: isoDate.nullable(),
    lastUpdateAt: isoDateTime.nullable(),
    archived: z.boolean(),
    lead: named,
    parties: z.array(named),
  })
  .meta({ id: "AgreementSummary" });

export const agreementListOut = z
  .object({
    items: z.array(agreementSummaryOut),
    limit: z.number().int(),
    nextCursor: z.string().nullable().meta({ description: "null on the last page." }),
  })
  .meta({ id: "AgreementList" });

export const milestoneOut = z
  .object({
    id: z.string(),
    title: z.string(),
    dueDate: isoDate,
    doneDate: isoDate.nullable(),
    evidence: z.string(),
    overdue: z.boolean(),
    version: z.number().int(),
    owner: named.nullable(),
  })
  .meta({ id: "Milestone" });

export const assessmentOut = z
  .object({
    challengeId: z.string(),
    challenge: z.string(),
    severity: z.enum(SEVERITIES),
    note: z.string(),
    mitigation: z.string(),
    assessedAt: isoDateTime,
    assessedBy: z.string().nullable(),
  })
  .meta({ id: "Assessment" });

export const agreementOut = agreementSummaryOut
  .extend({
    instrumentType: z.string(),
    summary: z.string(),
    visit: z.object({ id: z.string(), title: z.string() }),
    assessments: z.array(assessmentOut),
    milestones: z.array(milestoneOut),
  })
  .meta({ id: "Agreement" });

export const historyEntryOut = z
  .object({
    id: z.string(),
    createdAt: isoDateTime,
    author: z.string().nullable(),
    statusBefore: z.string().nullable(),
    statusAfter: z.string(),
    progressBefore: z.number().int().nullable(),
    progressAfter: z.number().int(),
    note: z.string(),
    assessments: z.array(
      z.object({ challengeId: z.string(), challenge: z.string(), severity: z.string(), severityBefore: z.string().nullable(), note: z.string(), mitigation: z.string(), changed: z.boolean() }),
    ),
  })
  .meta({ id: "HistoryEntry" });

export const commentOut = z
  .object({
    id: z.string(),
    author: z.string(),
    body: z.string().nullable().meta({ description: "null when withdrawn." }),
    createdAt: isoDateTime,
    edited: z.boolean(),
    withdrawn: z.object({ by: z.string(), reason: z.string() }).nullable(),
    milestone: named.extend({ title: z.string() }).omit({ name: true }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Comment" });

export const statusUpdateCreatedOut = z.object({ id: z.string(), version: z.number().int() }).meta({ id: "StatusUpdateCreated" });

export const problemOut = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string() })).optional(),
    changedBy: z.string().optional().meta({ description: "409 on a stale version: who made the newer change." }),
    changedAt: isoDateTime.optional(),
    values: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: "Problem" });

export const listOf = <T extends z.ZodType>(item: T, id: string) => z.object({ items: z.array(item) }).meta({ id });
export const organizationListOut = listOf(organizationOut, "OrganizationList");
export const visitListOut = listOf(visitOut, "VisitList");
export const challengeListOut = listOf(challengeOut, "ChallengeList");
export const historyOut = listOf(historyEntryOut, "History");
export const milestoneListOut = listOf(milestoneOut, "MilestoneList");
export const commentListOut = listOf(commentOut, "CommentList");
