import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { REFERENCE_MAX, REFERENCE_PATTERN } from "../domain/limits";
import type { AgreementQuery } from "../url-state/agreement-query";
import { agreementOrderBy, agreementWhere, documentTextMatch } from "./agreement-where";
import { foldForSearch } from "../domain/search-folding";
import type { Actor } from "../domain/permissions";
import { currentRevision, revisionCache } from "./revision-keyed-cache";
import { BY_CHALLENGE_ORDER, CHALLENGE_ORDER } from "./challenge-order";
import { ownerNames } from "./export-record";

const listSelect = {
  id: true,
  reference: true,
  title: true,
  area: true,
  status: true,
  progress: true,
  worstSeverity: true,
  nextMilestoneDue: true,
  targetDate: true,
  lastUpdateAt: true,
  archivedAt: true,
  leadOrganizationId: true,
  lastUpdateBy: { select: { name: true } },
  leadOrganization: { select: { id: true, name: true, shortName: true, country: true } },
  parties: {
    select: { organization: { select: { id: true, name: true, shortName: true, country: true } } },
  },
  milestones: { where: { doneDate: null, ownerId: { not: null } }, select: { owner: { select: { name: true } } } },
} as const;

export type AgreementListRow = {
  id: string;
  reference: string;
  title: string;
  area: string;
  status: string;
  progress: number;
  worstSeverity: number;
  nextMilestoneDue: string | null;
  targetDate: string | null;
  lastUpdateAt: string | null;
  lastUpdateBy: string | null;
  archived: boolean;
  /** No status update for more than STALE_AFTER_DAYS (and not finished). */
  stale: boolean;
  lead: { id: string; name: string; shortName: string; country: string };
  parties: { id: string; name: string; shortName: string; country: string }[];
  /** The responsible people of the open milestones. */
  owners: string[];
  /** While searching: the viewer's documents of this agreement whose text holds the search. */
  documentMatches: string[];
};

export type AgreementPage = { rows: AgreementListRow[]; total: number; page: number; pageSize: number };

// Pages people open again and again (the default view, an area, a saved view) are read once per
// data revision. Stale / overdue / due-soon depend on the clock too, hence the one-minute bucket.
const pageCache = revisionCache<AgreementPage>({ maxEntries: 256, maxAgeMs: 60_000 });

/** One page of the table, filtered, sorted and paginated by the database; cached per revision. */
export async function listAgreements(query: AgreementQuery, now = new Date(), viewer?: Actor): Promise<AgreementPage> {
  const revision = await currentRevision();
  // Only "my milestones" (whose) and a search (which restricted documents it reads) depend on who
  // asks; every other view is shared by all.
  const whose = query.mine ? (viewer?.id ?? null) : null;
  const reads = query.q && viewer ? (viewer.role === "admin" ? "admin" : viewer.role === "editor" ? `editor:${viewer.organizationId ?? ""}` : "reader") : null;
  const key = JSON.stringify([query, Math.floor(now.getTime() / 60_000), whose, reads]);
  return pageCache.get(key, revision, () => readAgreementPage(query, now, viewer));
}

async function readAgreementPage(query: AgreementQuery, now: Date, viewer?: Actor): Promise<AgreementPage> {
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const where = agreementWhere(query, { now, staleAfterDays, viewer });
  const staleCutoff = now.getTime() - staleAfterDays * 86_400_000;
  const [total, found] = await prisma.$transaction([
    prisma.agreement.count({ where }),
    prisma.agreement.findMany({
      where,
      orderBy: agreementOrderBy(query),
      skip: (query.page - 1) * query.size,
      take: query.size,
      select: listSelect,
    }),
  ]);
  // A page past the end (a stale link) shows the last page rather than nothing.
  const lastPage = Math.max(1, Math.ceil(total / query.size));
  if (found.length === 0 && total > 0 && query.page > lastPage) {
    return readAgreementPage({ ...query, page: lastPage }, now, viewer);
  }
  const matches = await documentMatches(query, found.map((a) => a.id), viewer);
  return {
    rows: found.map((a) => ({
      id: a.id,
      reference: a.reference,
      title: a.title,
      area: a.area,
      status: a.status,
      progress: a.progress,
      worstSeverity: a.worstSeverity,
      nextMilestoneDue: a.nextMilestoneDue?.toISOString() ?? null,
      targetDate: a.targetDate?.toISOString() ?? null,
      lastUpdateAt: a.lastUpdateAt?.toISOString() ?? null,
      lastUpdateBy: a.lastUpdateBy?.name ?? null,
      archived: a.archivedAt !== null,
      stale:
        !["completed", "suspended"].includes(a.status) && (!a.lastUpdateAt || a.lastUpdateAt.getTime() < staleCutoff),
      lead: a.leadOrganization,
      parties: a.parties.map((p) => p.organization),
      owners: ownerNames(a.milestones),
      documentMatches: matches.get(a.id) ?? [],
    })),
    total,
    page: Math.min(query.page, lastPage),
    pageSize: query.size,
  };
}

/** For one page of rows: which of the viewer's documents hold the search, by agreement (names, oldest first). */
async function documentMatches(query: AgreementQuery, agreementIds: string[], viewer?: Actor): Promise<Map<string, string[]>> {
  const folded = foldForSearch(query.q);
  const out = new Map<string, string[]>();
  if (!folded || agreementIds.length === 0) return out;
  const documents = await prisma.document.findMany({
    where: { agreementId: { in: agreementIds }, ...documentTextMatch(folded, viewer) },
    select: { agreementId: true, name: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const d of documents) out.set(d.agreementId, [...(out.get(d.agreementId) ?? []), d.name]);
  return out;
}

/** Everything the agreement page shows; null for an unknown or malformed reference. */
export async function getAgreementByReference(reference: string) {
  if (reference.length > REFERENCE_MAX || !REFERENCE_PATTERN.test(reference)) return null;
  return prisma.agreement.findUnique({
    where: { reference },
    include: {
      visit: true,
      leadOrganization: true,
      lastUpdateBy: { select: { name: true } },
      parties: { include: { organization: true }, orderBy: { organization: { name: "asc" } } },
      // Current assessments of the active challenges; an archived one's stay in the history.
      assessments: {
        where: { challenge: { archivedAt: null } },
        include: { challenge: true, assessedBy: { select: { name: true } } },
        orderBy: BY_CHALLENGE_ORDER,
      },
      milestones: { orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }], include: { owner: { select: { id: true, name: true } } } },
    },
  });
}
export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreementByReference>>>;

// Every challenge, active and archived, in one read cached per data revision: the pages take the
// active ones, the table's filter all of them.
type Challenge = Awaited<ReturnType<typeof readAllChallenges>>[number];
const challengeCache = revisionCache<Challenge[]>({ maxEntries: 1, maxAgeMs: Infinity });
const readAllChallenges = () => prisma.challenge.findMany({ orderBy: CHALLENGE_ORDER });
const allChallenges = async () => challengeCache.get("all", await currentRevision(), readAllChallenges);

/** The challenges in use, in their order. */
export async function listChallenges(): Promise<Challenge[]> {
  return (await allChallenges()).filter((c) => c.archivedAt === null);
}

export type ChallengeOption = { id: string; name: string; archived: boolean };

/**
 * Every challenge, archived ones flagged: the table's challenge filter offers the active ones, and
 * still names an archived one that a saved view or a shared link asks for.
 */
export async function listChallengeOptions(): Promise<ChallengeOption[]> {
  return (await allChallenges()).map((c) => ({ id: c.id, name: c.name, archived: c.archivedAt !== null }));
}
