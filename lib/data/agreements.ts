import "server-only";
import { NEVER_STALE } from "../domain/dashboard";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { env } from "../env";
import { databaseProvider } from "../database-url";
import { REFERENCE_MAX, REFERENCE_PATTERN } from "../domain/limits";
import type { AgreementQuery } from "../url-state/agreement-query";
import { agreementOrderBy, agreementWhere, documentTextMatch, readableDocument } from "./agreement-where";
import { agreementTextMatch, agreementTitleMatch, searchFromIndexTable, textHoldsEvery } from "./text-search";
import { searchTerms } from "../domain/search-terms";
import type { Actor } from "../domain/permissions";
import { currentRevision, revisionCache } from "./revision-keyed-cache";
import { pageAcrossRanks } from "./rank-pages";
import { sqliteTablePage, TRIGRAM_MIN } from "./sqlite-table-page";
import { BY_CHALLENGE_ORDER, CHALLENGE_ORDER } from "./challenge-order";
import { ownedMilestones, ownerNames } from "./export-record";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { sortedByName } from "../i18n/collation";
import { challengeIn, titleSelect, titleShown } from "./content-texts";
import { organizationsShown } from "./organization-directory";
import { talliedTableCount } from "./dashboard-tallied";

const listSelect = {
  id: true,
  reference: true,
  // The other languages' titles: at most three short rows per agreement, one statement per page.
  ...titleSelect,
  area: true,
  status: true,
  progress: true,
  worstSeverity: true,
  nextMilestoneDue: true,
  targetDate: true,
  lastUpdateAt: true,
  archivedAt: true,
  // Organizations are named from the directory (lib/data/organization-directory.ts), not joined.
  leadOrganizationId: true,
  lastUpdateBy: { select: { name: true } },
  parties: { select: { organizationId: true } },
  milestones: ownedMilestones,
} as const;

export type AgreementListRow = {
  id: string;
  reference: string;
  /** In the reader's language, else the original's (then titleShownIn says which). */
  title: string;
  /** The language of the title when it is not the reader's (no text in theirs yet); null otherwise. */
  titleShownIn: Locale | null;
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
export async function listAgreements(
  query: AgreementQuery,
  now = new Date(),
  viewer?: Actor,
  locale: Locale = DEFAULT_LOCALE,
): Promise<AgreementPage> {
  const revision = await currentRevision();
  // Only "my milestones" (whose) and a search (which restricted documents it reads) depend on who
  // asks; every other view is shared by all.
  const whose = query.mine ? (viewer?.id ?? null) : null;
  const reads = query.q && viewer ? (viewer.role === "admin" ? "admin" : viewer.role === "editor" ? `editor:${viewer.organizationId ?? ""}` : "reader") : null;
  const key = JSON.stringify([query, Math.floor(now.getTime() / 60_000), whose, reads, locale]);
  return pageCache.get(key, revision, () => readAgreementPage(query, now, viewer, locale));
}

async function readAgreementPage(query: AgreementQuery, now: Date, viewer: Actor | undefined, locale: Locale): Promise<AgreementPage> {
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const staleCutoff = now.getTime() - staleAfterDays * 86_400_000;
  const terms = searchTerms(query.q);
  // With a search, the other filters only: readSearchPage applies the words its own way.
  const where = agreementWhere(terms.length ? { ...query, q: "" } : query, { now, staleAfterDays, viewer });
  // Agreements with a document the viewer may read that holds the words: found by the search too.
  const inDocuments = terms.length ? await agreementsWithDocumentsHolding(terms, viewer) : [];
  const { total, found } = terms.length
    ? await readSearchPage(query, terms, where, locale, inDocuments, viewer)
    : await readFilteredPage(query, where, locale);
  // A page past the end (a stale link) shows the last page rather than nothing.
  const lastPage = Math.max(1, Math.ceil(total / query.size));
  if (found.length === 0 && total > 0 && query.page > lastPage) {
    return readAgreementPage({ ...query, page: lastPage }, now, viewer, locale);
  }
  const withDocuments = new Set(inDocuments);
  const [matches, organizations] = await Promise.all([
    // Only the page's agreements found through a document have a document to name.
    documentMatches(terms, found.map((a) => a.id).filter((id) => withDocuments.has(id)), viewer),
    organizationsShown(found.flatMap((a) => [a.leadOrganizationId, ...a.parties.map((p) => p.organizationId)]), locale),
  ]);
  return {
    rows: found.map((a) => {
      const title = titleShown(a, locale);
      return {
      id: a.id,
      reference: a.reference,
      title: title.title,
      titleShownIn: title.fallback ? title.shownIn : null,
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
        !(NEVER_STALE as readonly string[]).includes(a.status) && (!a.lastUpdateAt || a.lastUpdateAt.getTime() < staleCutoff),
      // Organizations named in the reader's language, else in English.
      lead: organizations(a.leadOrganizationId),
      parties: sortedByName(a.parties.map((p) => organizations(p.organizationId)), locale, (o) => o.name),
      owners: ownerNames(a.milestones),
      documentMatches: matches.get(a.id) ?? [],
      };
    }),
    total,
    page: Math.min(query.page, lastPage),
    pageSize: query.size,
  };
}

/**
 * A page of the table without a search: the count (from the dashboard's kept counts when the
 * filters are theirs, lib/data/dashboard-tallied.ts) and the page's ids, then its rows; on SQLite
 * in SQL where it compiles the filters and the sort (lib/data/sqlite-table-page.ts). Plain reads,
 * not one transaction: on SQLite a transaction takes the database's write lock for as long as it
 * reads (BEGIN IMMEDIATE, lib/sqlite-adapter.ts), so every view of the table held up every save
 * and every other transaction of the server; on PostgreSQL (read committed) a transaction's
 * statements each read their own snapshot anyway. A save landing between the reads shows in the
 * next view; a row deleted in between is left out (rowsInOrder).
 */
async function readFilteredPage(query: AgreementQuery, where: Prisma.AgreementWhereInput, locale: Locale) {
  // PostgreSQL's planner weighs the LIMIT and walks an index by itself; SQLite's does not.
  const compiled = databaseProvider(env().DATABASE_URL) === "sqlite" ? sqliteTablePage(query, [], locale) : null;
  if (compiled) {
    const [total = 0] = await compiled.counts(prisma);
    return { total, found: await rowsInOrder(await compiled.ids(prisma, 0, (query.page - 1) * query.size, query.size)) };
  }
  const [total, page] = await Promise.all([
    talliedTableCount(query).then((kept) => kept ?? prisma.agreement.count({ where })),
    prisma.agreement.findMany({
      where,
      orderBy: agreementOrderBy(query, locale),
      skip: (query.page - 1) * query.size,
      take: query.size,
      select: { id: true },
    }),
  ]);
  return { total, found: await rowsInOrder(page.map((a) => a.id)) };
}

type ListRow = Prisma.AgreementGetPayload<{ select: typeof listSelect }>;

/**
 * The rows of a page whose ids a query chose, in that order. A page is chosen by a query that
 * selects only the id: with the filters and the sort in Agreement_table_idx, the database counts,
 * sorts and skips over that index alone, and only the page's rows are read whole and joined to
 * their organizations, milestones and texts. Reading every matching row whole to sort them was
 * 48 ms for a page of 23,000 matches at 100,000 agreements; choosing the ids first is 3.5 ms.
 */
async function rowsInOrder(ids: readonly string[]): Promise<ListRow[]> {
  if (ids.length === 0) return [];
  const rows = new Map(
    (await prisma.agreement.findMany({ where: { id: { in: [...ids] } }, select: listSelect })).map((row) => [row.id, row]),
  );
  return ids.flatMap((id) => rows.get(id) ?? []);
}

/** More agreements than this found through documents: the search reads agreements, not the index. */
const DOCUMENT_HITS_MAX = 500;

/**
 * A page of a search (lib/data/text-search.ts says why it is read this way). On SQLite, in the
 * usual case (no document of the viewer's holds the words, and one word has three letters or
 * more), the page starts from the FTS5 index, which answers the words: in SQL with the filters
 * people combine with a search (lib/data/sqlite-table-page.ts), else through Prisma, joining each
 * found agreement by its key to apply the other filters and the sort. Otherwise, and always on
 * PostgreSQL, the page reads the agreements with the words as conditions: PostgreSQL's planner
 * takes the GIN index when it narrows (through the view it was slower: bench/README.md), SQLite
 * scans.
 *
 * With rank=relevance the rows come in ranks: first those whose reference or title holds every
 * word, then those whose summary or organizations do, then those found only in a document; within
 * a rank, the table's sort. Ranks are plain conditions, so both databases give the same order.
 */
async function readSearchPage(
  query: AgreementQuery,
  terms: string[],
  filters: Prisma.AgreementWhereInput,
  locale: Locale,
  inDocuments: readonly string[],
  viewer?: Actor,
) {
  const title = agreementTitleMatch(terms);
  const relevance = query.rank === "relevance";
  const orderBy = agreementOrderBy(query, locale);
  const pageStart = (query.page - 1) * query.size;

  // A trigram index narrows only by words of three letters or more; "ai" alone reads the rows in
  // the sort's order (an index) and stops at the page, which beats sorting every match.
  const indexNarrows = terms.some((term) => [...term].length >= TRIGRAM_MIN);
  if (searchFromIndexTable() && inDocuments.length === 0 && indexNarrows) {
    const compiled = sqliteTablePage(query, terms, locale);
    if (compiled) {
      return pageAcrossRanks(await compiled.counts(prisma), pageStart, query.size, async (rank, skip, take) =>
        rowsInOrder(await compiled.ids(prisma, rank, skip, take)),
      );
    }
    const ranks: Prisma.AgreementSearchWhereInput[] = (relevance ? [title, { NOT: title }] : [{}]).map((rank) => ({
      ...textHoldsEvery(terms),
      agreement: { is: { AND: [filters, rank] } },
    }));
    return pageAcrossRanks(
      await countEach(ranks, (where) => prisma.agreementSearch.count({ where })),
      pageStart,
      query.size,
      async (i, skip, take) =>
        rowsInOrder(
          (
            await prisma.agreementSearch.findMany({
              where: ranks[i],
              orderBy: orderBy.map((o) => ({ agreement: o })),
              skip,
              take,
              select: { agreementId: true },
            })
          ).map((row) => row.agreementId),
        ),
    );
  }

  const text = agreementTextMatch(terms);
  const found: Prisma.AgreementWhereInput =
    inDocuments.length === 0
      ? text
      : inDocuments.length > DOCUMENT_HITS_MAX
        ? { OR: [text, { documents: { some: documentTextMatch(terms, viewer) } }] }
        : { OR: [text, { id: { in: [...inDocuments] } }] };
  const ranks: Prisma.AgreementWhereInput[] = (
    relevance ? [title, { AND: [text, { NOT: title }] }, { NOT: text }] : [{}]
  ).map((rank) => ({ AND: [filters, found, rank] }));
  return pageAcrossRanks(
    await countEach(ranks, (where) => prisma.agreement.count({ where })),
    pageStart,
    query.size,
    async (i, skip, take) =>
      rowsInOrder((await prisma.agreement.findMany({ where: ranks[i], orderBy, skip, take, select: { id: true } })).map((a) => a.id)),
  );
}

async function countEach<W>(ranks: W[], count: (where: W) => Promise<number>): Promise<number[]> {
  const counts: number[] = [];
  for (const rank of ranks) counts.push(await count(rank));
  return counts;
}

/** Agreements with a document the viewer may read whose text holds every word, read from the index. */
async function agreementsWithDocumentsHolding(terms: string[], viewer?: Actor): Promise<string[]> {
  const readable = readableDocument(viewer);
  const rows = await prisma.documentTextSearch.findMany({
    where: { ...textHoldsEvery(terms), blob: { is: { textStatus: "done", documents: { some: readable } } } },
    select: { blob: { select: { documents: { where: readable, select: { agreementId: true } } } } },
  });
  return [...new Set(rows.flatMap((row) => row.blob.documents.map((d) => d.agreementId)))];
}

/** For one page of rows: which of the viewer's documents hold the search, by agreement (names, oldest first). */
async function documentMatches(terms: string[], agreementIds: string[], viewer?: Actor): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (terms.length === 0 || agreementIds.length === 0) return out;
  const documents = await prisma.document.findMany({
    where: { agreementId: { in: agreementIds }, ...documentTextMatch(terms, viewer) },
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
      texts: true,
      leadOrganization: { include: { texts: true } },
      lastUpdateBy: { select: { name: true } },
      parties: { include: { organization: { include: { texts: true } } }, orderBy: { organization: { name: "asc" } } },
      // Current assessments of the active challenges; an archived one's stay in the history.
      assessments: {
        where: { challenge: { archivedAt: null } },
        include: { challenge: { include: { texts: true } }, assessedBy: { select: { name: true } } },
        orderBy: BY_CHALLENGE_ORDER,
      },
      milestones: {
        orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
        include: { owner: { select: { id: true, name: true } }, texts: { select: { locale: true, title: true, needsReview: true } } },
      },
    },
  });
}
export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreementByReference>>>;

// Every challenge, active and archived, in one read cached per data revision: the pages take the
// active ones, the table's filter all of them.
type Challenge = Awaited<ReturnType<typeof readAllChallenges>>[number];
const challengeCache = revisionCache<Challenge[]>({ maxEntries: 1, maxAgeMs: Infinity });
const readAllChallenges = () => prisma.challenge.findMany({ orderBy: CHALLENGE_ORDER, include: { texts: true } });
const allChallenges = async () => challengeCache.get("all", await currentRevision(), readAllChallenges);

/** The challenges in use, in their order, named in the reader's language. */
export async function listChallenges(locale: Locale = DEFAULT_LOCALE) {
  return (await allChallenges()).filter((c) => c.archivedAt === null).map((c) => challengeIn(c, locale));
}

export type ChallengeOption = { id: string; name: string; archived: boolean };

/**
 * Every challenge, archived ones flagged: the table's challenge filter offers the active ones, and
 * still names an archived one that a saved view or a shared link asks for.
 */
export async function listChallengeOptions(locale: Locale = DEFAULT_LOCALE): Promise<ChallengeOption[]> {
  return (await allChallenges()).map((c) => ({ id: c.id, name: challengeIn(c, locale).name, archived: c.archivedAt !== null }));
}
