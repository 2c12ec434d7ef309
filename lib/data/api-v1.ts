import "server-only";
import type { z } from "zod";
import { prisma } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { SEVERITIES, type AgreementStatus, type Area, type Severity } from "../domain/vocabulary";
import type { SortableColumn } from "../domain/limits";
import { isOverdue } from "../domain/rollups";
import type { AgreementQuery } from "../url-state/agreement-query";
import type { Actor } from "../domain/permissions";
import type {
  agreementOut,
  agreementSummaryOut,
  challengeOut,
  historyEntryOut,
  milestoneOut,
  organizationOut,
  visitOut,
} from "../validations/api-v1";
import { agreementOrderBy, agreementWhere } from "./agreement-where";
import { keysetAfter, type KeysetCursor } from "./export-keyset";
import { getAgreementByReference } from "./agreements";
import { listHistory } from "./history";
import { ownLanguageOf } from "../i18n/content-text";
import { isLocale } from "../i18n/locales";
import { CHALLENGE_ORDER } from "./challenge-order";

// The reads behind /api/v1, shaped as its documented responses (lib/validations/api-v1.ts).

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const severity = (i: number): Severity => SEVERITIES[i] ?? "none";

const summarySelect = {
  id: true,
  reference: true,
  title: true,
  area: true,
  status: true,
  progress: true,
  version: true,
  signedDate: true,
  targetDate: true,
  worstSeverity: true,
  nextMilestoneDue: true,
  lastUpdateAt: true,
  archivedAt: true,
  leadOrganization: { select: { id: true, name: true } },
  parties: { select: { organization: { select: { id: true, name: true } } }, orderBy: { organization: { name: "asc" } } },
} satisfies Prisma.AgreementSelect;
type SummaryRecord = Prisma.AgreementGetPayload<{ select: typeof summarySelect }>;

function toSummary(a: SummaryRecord): z.infer<typeof agreementSummaryOut> {
  return {
    reference: a.reference,
    title: a.title,
    area: a.area as Area,
    status: a.status as AgreementStatus,
    progress: a.progress,
    version: a.version,
    signedDate: day(a.signedDate),
    targetDate: day(a.targetDate),
    worstSeverity: severity(a.worstSeverity),
    nextMilestoneDue: day(a.nextMilestoneDue),
    lastUpdateAt: a.lastUpdateAt?.toISOString() ?? null,
    archived: a.archivedAt !== null,
    lead: { id: a.leadOrganization.id, name: a.leadOrganization.name },
    parties: a.parties.map((p) => p.organization),
  };
}

function sortValue(sort: SortableColumn, a: SummaryRecord): KeysetCursor["value"] {
  switch (sort) {
    case "reference":
      return a.reference;
    case "lead":
      return a.leadOrganization.name;
    case "nextMilestone":
      return a.nextMilestoneDue;
    case "lastUpdate":
      return a.lastUpdateAt;
    default:
      return a[sort];
  }
}

/**
 * One page of the agreements list in the table's order, after `cursor` (keyset pagination: a deep
 * page costs what the first does). Reads one row more than asked to know whether a next page exists.
 */
export async function listAgreementPage(
  query: AgreementQuery,
  options: { limit: number; after: KeysetCursor | null; viewer: Actor; now?: Date },
) {
  const where = agreementWhere(query, { now: options.now ?? new Date(), staleAfterDays: env().STALE_AFTER_DAYS, viewer: options.viewer });
  const rows = await prisma.agreement.findMany({
    where: options.after ? { AND: [where, keysetAfter(query.sort, query.dir, options.after)] } : where,
    orderBy: agreementOrderBy(query),
    take: options.limit + 1,
    select: summarySelect,
  });
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  const next: KeysetCursor | null =
    rows.length > options.limit && last ? { reference: last.reference, value: sortValue(query.sort, last) } : null;
  return { items: page.map(toSummary), next };
}

type MilestoneRecord = { id: string; title: string; dueDate: Date; doneDate: Date | null; evidence: string; version: number; owner: { id: string; name: string } | null };

function toMilestone(m: MilestoneRecord, now: Date): z.infer<typeof milestoneOut> {
  return {
    id: m.id,
    title: m.title,
    dueDate: day(m.dueDate) ?? "",
    doneDate: day(m.doneDate),
    evidence: m.evidence,
    overdue: isOverdue(m, now),
    version: m.version,
    owner: m.owner,
  };
}

/** The agreement by reference with its parties, current assessments and milestones; null if none. */
export async function readAgreement(reference: string, now = new Date()) {
  const a = await getAgreementByReference(reference);
  if (!a) return null;
  const body: z.infer<typeof agreementOut> = {
    ...toSummary({ ...a, parties: a.parties.map((p) => ({ organization: { id: p.organization.id, name: p.organization.name } })) }),
    instrumentType: a.instrumentType,
    summary: a.summary,
    visit: { id: a.visit.id, title: a.visit.title },
    assessments: a.assessments.map((s) => ({
      challengeId: s.challengeId,
      challenge: s.challenge.name,
      severity: (SEVERITIES as readonly string[]).includes(s.severity) ? (s.severity as Severity) : "none",
      note: s.note,
      mitigation: s.mitigation,
      assessedAt: s.assessedAt.toISOString(),
      assessedBy: s.assessedBy?.name ?? null,
    })),
    milestones: a.milestones.map((m) => toMilestone(m, now)),
  };
  return { id: a.id, body };
}

/** The agreement's id by reference (for writes and sub-resources), or null. */
export async function agreementIdOf(reference: string): Promise<string | null> {
  const a = await prisma.agreement.findUnique({ where: { reference }, select: { id: true } });
  return a?.id ?? null;
}

export async function readMilestones(agreementId: string, now = new Date()) {
  const rows = await prisma.milestone.findMany({
    where: { agreementId },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    include: { owner: { select: { id: true, name: true } } },
  });
  return rows.map((m) => toMilestone(m, now));
}

export async function readMilestone(agreementId: string, milestoneId: string, now = new Date()) {
  const m = await prisma.milestone.findFirst({ where: { id: milestoneId, agreementId }, include: { owner: { select: { id: true, name: true } } } });
  return m ? toMilestone(m, now) : null;
}

export async function readHistory(agreementId: string): Promise<z.infer<typeof historyEntryOut>[]> {
  return (await listHistory(agreementId)).map((u) => ({
    id: u.id,
    createdAt: u.createdAt.toISOString(),
    author: u.author?.name ?? null,
    statusBefore: u.statusBefore,
    statusAfter: u.statusAfter,
    progressBefore: u.progressBefore,
    progressAfter: u.progressAfter,
    note: u.note,
    assessments: u.assessments.map((s) => ({
      challengeId: s.challengeId,
      challenge: s.challenge.name,
      severity: s.severity,
      severityBefore: s.severityBefore,
      note: s.note,
      mitigation: s.mitigation,
      changed: s.changed,
    })),
  }));
}

export async function readOrganizations(): Promise<z.infer<typeof organizationOut>[]> {
  const rows = await prisma.organization.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true, country: true, kind: true, texts: { select: { locale: true, name: true, shortName: true } } },
  });
  return rows.map(({ texts, ...o }) => {
    const own = ownLanguageOf(o.country);
    return {
      ...o,
      localName: texts.find((t) => t.locale === own)?.name ?? "",
      names: { en: { name: o.name, shortName: o.shortName }, ...Object.fromEntries(texts.filter((t) => isLocale(t.locale)).map((t) => [t.locale, { name: t.name, shortName: t.shortName }])) },
    };
  });
}

export async function readVisits(): Promise<z.infer<typeof visitOut>[]> {
  const rows = await prisma.visit.findMany({ orderBy: { startDate: "desc" } });
  return rows.map((v) => ({
    id: v.id,
    slug: v.slug,
    title: v.title,
    hostCountry: v.hostCountry,
    guestCountry: v.guestCountry,
    place: v.place,
    startDate: day(v.startDate) ?? "",
    endDate: day(v.endDate) ?? "",
  }));
}

export async function readChallenges(): Promise<z.infer<typeof challengeOut>[]> {
  const rows = await prisma.challenge.findMany({ orderBy: CHALLENGE_ORDER });
  return rows.map((c) => ({ id: c.id, name: c.name, description: c.description, archived: c.archivedAt !== null }));
}

