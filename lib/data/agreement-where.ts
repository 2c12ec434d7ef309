import type { Prisma } from "../generated/prisma/client";
import { searchTerms } from "../domain/search-terms";
import { agreementTextMatch, documentBlobTextMatch } from "./text-search";
import { SEVERITIES } from "../domain/vocabulary";
import { startOfUtcDay } from "../domain/rollups";
import { dueSoonWindow, NEVER_STALE } from "../domain/dashboard";
import type { AgreementQuery } from "../url-state/agreement-query";
import type { Actor } from "../domain/permissions";
import type { Locale } from "../i18n/locales";
import { SHOWN_NAME_COLUMN, SHOWN_TITLE_COLUMN } from "./content-texts";

const dayStart = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const dayEnd = (iso: string) => new Date(`${iso}T23:59:59.999Z`);

/**
 * The documents a viewer may read: never withdrawn ones; restricted ones only for admins and for
 * editors of the agreement's organizations (lib/domain/documents.ts, canSeeRestricted). Without a
 * viewer (reports, the dashboard) restricted documents never match.
 */
export function readableDocument(viewer?: Actor): Prisma.DocumentWhereInput {
  if (viewer?.role === "admin") return { withdrawnAt: null };
  if (viewer?.role === "editor" && viewer.organizationId) {
    const org = viewer.organizationId;
    return {
      withdrawnAt: null,
      OR: [{ restricted: false }, { agreement: { OR: [{ leadOrganizationId: org }, { parties: { some: { organizationId: org } } }] } }],
    };
  }
  return { withdrawnAt: null, restricted: false };
}

/** Documents the viewer may read whose extracted text (lib/notify/document-text.ts) holds every search word. */
export function documentTextMatch(terms: readonly string[], viewer?: Actor): Prisma.DocumentWhereInput {
  return { AND: [readableDocument(viewer), { blob: documentBlobTextMatch(terms) }] };
}

/** The table's filters as one Prisma `where`, evaluated by the database (SQLite or PostgreSQL). */
export function agreementWhere(
  query: AgreementQuery,
  /** viewer: who asks ("my milestones" are theirs; which restricted documents the search reads). */
  options: { now: Date; staleAfterDays: number; viewer?: Actor },
): Prisma.AgreementWhereInput {
  const and: Prisma.AgreementWhereInput[] = [];

  if (query.archived === "only") and.push({ archivedAt: { not: null } });
  else if (query.archived !== "include") and.push({ archivedAt: null });

  const terms = searchTerms(query.q);
  if (terms.length) and.push(textSearchWhere(terms, options.viewer));
  if (query.area.length) and.push({ area: { in: query.area } });
  if (query.status.length) and.push({ status: { in: query.status } });
  if (query.visit) and.push({ visitId: query.visit });
  if (query.org) {
    and.push({
      OR: [{ leadOrganizationId: query.org }, { parties: { some: { organizationId: query.org } } }],
    });
  }
  if (query.side) {
    and.push({
      OR: [
        { leadOrganization: { country: query.side } },
        { parties: { some: { organization: { country: query.side } } } },
      ],
    });
  }
  if (query.minSeverity && !query.challenge) {
    // Any challenge at or above the level = the agreement's worst current severity, which the data
    // layer keeps on the row (an indexed comparison instead of a subquery per agreement).
    and.push({ worstSeverity: { gte: Math.max(SEVERITIES.indexOf(query.minSeverity), 1) } });
  } else if (query.challenge) {
    const min = SEVERITIES.indexOf(query.minSeverity ?? "low");
    and.push({
      assessments: {
        some: {
          challengeId: query.challenge,
          severity: { in: SEVERITIES.slice(Math.max(min, 1)) as string[] },
        },
      },
    });
  }
  if (query.targetFrom) and.push({ targetDate: { gte: dayStart(query.targetFrom) } });
  if (query.targetTo) and.push({ targetDate: { lte: dayEnd(query.targetTo) } });
  if (query.dueFrom || query.dueTo) {
    // "What does SOCAR still owe this quarter?": an open milestone due within the days, overdue
    // ones included (they are owed still).
    const dueDate: Prisma.DateTimeFilter = {};
    if (query.dueFrom) dueDate.gte = dayStart(query.dueFrom);
    if (query.dueTo) dueDate.lte = dayEnd(query.dueTo);
    and.push({ milestones: { some: { doneDate: null, dueDate } } });
  }
  if (query.overdue) {
    // An open milestone due before today exists exactly when the earliest open one (kept on the
    // row as nextMilestoneDue) is due before today.
    and.push({ nextMilestoneDue: { lt: startOfUtcDay(options.now) } });
  }
  if (query.dueSoon) {
    // The dashboard's "due soon" window, so its number and the table behind it always agree.
    const { from, until } = dueSoonWindow(options.now);
    and.push({ milestones: { some: { doneDate: null, dueDate: { gte: from, lt: until } } } });
  }
  if (query.stale) and.push(staleWhere(options));
  if (query.mine) {
    // "My milestones" means the viewer's: without one (a caller that knows nobody) it matches none.
    and.push(options.viewer ? { milestones: { some: { doneDate: null, ownerId: options.viewer.id } } } : { id: { in: [] } });
  }
  return { AND: and };
}

/** Every word in the agreement's own text, or every word in one document of it the viewer may read. */
function textSearchWhere(terms: readonly string[], viewer?: Actor): Prisma.AgreementWhereInput {
  return { OR: [agreementTextMatch(terms), { documents: { some: documentTextMatch(terms, viewer) } }] };
}

/** No status update for more than N days (and not finished). */
export function staleWhere(options: { now: Date; staleAfterDays: number }): Prisma.AgreementWhereInput {
  const cutoff = new Date(options.now.getTime() - options.staleAfterDays * 86_400_000);
  return {
    status: { notIn: [...NEVER_STALE] },
    OR: [{ lastUpdateAt: null }, { lastUpdateAt: { lt: cutoff } }],
  };
}

/**
 * The table's sort. With a reader's language, titles and lead organizations sort as that reader
 * sees them (the shown-title and shown-name columns, in that language's collation on PostgreSQL);
 * without one (exports, the API, which carry original content) by the original title and the
 * English name.
 */
export function agreementOrderBy(query: AgreementQuery, locale?: Locale): Prisma.AgreementOrderByWithRelationInput[] {
  const dir = query.dir;
  const nullsLast = { sort: dir, nulls: "last" } as const;
  const primary: Prisma.AgreementOrderByWithRelationInput = (() => {
    switch (query.sort) {
      case "reference":
        return { reference: dir };
      case "title":
        return locale ? { [SHOWN_TITLE_COLUMN[locale]]: dir } : { title: dir };
      case "area":
        return { area: dir };
      case "lead":
        return { leadOrganization: locale ? { [SHOWN_NAME_COLUMN[locale]]: dir } : { name: dir } };
      case "status":
        return { status: dir };
      case "progress":
        return { progress: dir };
      case "worstSeverity":
        return { worstSeverity: dir };
      case "nextMilestone":
        return { nextMilestoneDue: nullsLast };
      case "targetDate":
        return { targetDate: nullsLast };
      case "lastUpdate":
        return { lastUpdateAt: nullsLast };
    }
  })();
  // A stable tie-breaker so pages never repeat or skip rows.
  return query.sort === "reference" ? [primary] : [primary, { reference: "asc" }];
}
