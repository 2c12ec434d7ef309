import { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../prisma-client";
import { FILTER_KEYS, type AgreementQuery } from "../url-state/agreement-query";
import { AGREEMENT_STATUSES, AREAS, SEVERITIES } from "../domain/vocabulary";
import type { Locale } from "../i18n/locales";
import { SHOWN_TITLE_COLUMN } from "./content-texts";
import { onSide } from "./agreement-sql";
import { talliedTableCount } from "./dashboard-tallied";

// A page of the table on SQLite, in SQL, for the filters people use most: a search combined with
// them, and, without a search, a view sorted by a column with an index of its own.
//
// Search. Prisma reaches the FTS5 index only through LIKE (lib/data/text-search.ts): SQLite then
// reads each candidate's stored text again to check it, and finds each agreement through its id
// index. At 100,000 agreements, "dəhliz" (14,600 matches) cost 80 ms to count and 100 ms for a
// page. Here the words are an FTS5 MATCH, which answers from the index alone with the index's
// rowids, and those are the agreements' own rowids (migration 20261207130000_search_by_rowid):
// 18 ms to count with a 64 MiB page cache (lib/sqlite-adapter.ts), 6-20 ms for a page.
//
// Without a search. SQLite's planner filters through Agreement_table_idx and sorts every match,
// whatever the LIMIT: at 100,000 agreements "energy and transport, on track, at risk or delayed"
// by target date sorted 23,000 matches for 50 rows (6 ms). Walking the sort's own index (INDEXED BY)
// finds them in the first few hundred entries (0.3 ms); the count comes from the dashboard's kept
// counts when the filters are theirs (lib/data/dashboard-tallied.ts).
//
// The conditions mean exactly what agreementWhere and agreementOrderBy say for the same query;
// tests/unit/sqlite-table-page.test.ts compares the two on random queries, with and without words.
// A query with a filter not compiled here (a challenge, dates, "my milestones"…) or sorted by the
// lead organization returns null, and the page is read the Prisma way.

/**
 * Which filters this page compiles (true), and which send the page the Prisma way (false). A
 * filter added to the table must be placed here: the type requires every one.
 */
const COMPILED: Record<(typeof FILTER_KEYS)[number], boolean> = {
  q: true,
  area: true,
  status: true,
  visit: true,
  org: true,
  side: true,
  minSeverity: true,
  archived: true,
  challenge: false,
  targetFrom: false,
  targetTo: false,
  dueFrom: false,
  dueTo: false,
  overdue: false,
  dueSoon: false,
  stale: false,
  mine: false,
};

/** A trigram index finds words of three characters or more; shorter ones are checked on the row. */
export const TRIGRAM_MIN = 3;

/** An FTS5 query: each word a quoted phrase (nothing typed is syntax), all required. */
export function ftsMatch(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ");
}

export type SqliteTablePage = {
  /** Matches in each rank (one rank unless ordered by relevance). */
  counts(tx: Tx): Promise<number[]>;
  /** The ids of rank `rank`'s rows [skip, skip + take), in the table's order. */
  ids(tx: Tx, rank: number, skip: number, take: number): Promise<string[]>;
  /** How the last `ids` chose its rows: sorting every match, or walking the sort's own index. */
  lastPlan(): "sort" | "walk" | null;
};

/**
 * The single-column indexes of the sorts whose values are mostly distinct: walked in the sort's
 * order, a page ends after its rows. A sort of few values (status, severity) would still read
 * every agreement of its first value; those, and the sorts with no index, sort the matches.
 */
const SORT_INDEX: Partial<Record<AgreementQuery["sort"], string>> = {
  reference: "Agreement_reference_key",
  targetDate: "Agreement_targetDate_idx",
  lastUpdate: "Agreement_lastUpdateAt_idx",
  nextMilestone: "Agreement_nextMilestoneDue_idx",
};

/**
 * Whether to walk the sort's index rather than sort the matches: walking reads about
 * (skip + take) × agreements / matches entries, each a few times dearer than sorting one match
 * (measured at 100,000 agreements: about 4 µs an entry walked, 0.8 µs a match sorted).
 */
export function walkIsCheaper(skip: number, take: number, matches: number, agreements: number): boolean {
  if (matches === 0) return false;
  return (skip + take) * agreements * 5 < matches * matches;
}

/** The table's page in SQL, with words or without, or null when the query needs what only the Prisma path reads. */
export function sqliteTablePage(query: AgreementQuery, terms: readonly string[], locale: Locale): SqliteTablePage | null {
  if (FILTER_KEYS.some((key) => !COMPILED[key] && query[key])) return null;
  const orderBy = orderSql(query, locale);
  const indexed = terms.filter((term) => [...term].length >= TRIGRAM_MIN);
  // Words the index cannot narrow ("ai"): the Prisma way reads the rows in the sort's order.
  if (!orderBy || (terms.length > 0 && indexed.length === 0)) return null;

  const matching = Prisma.sql`SELECT rowid FROM "AgreementSearch" WHERE "AgreementSearch" MATCH ${ftsMatch(indexed)}`;
  const unindexed = terms.filter((term) => !indexed.includes(term));
  const where: Prisma.Sql[] = [
    ...(indexed.length ? [Prisma.sql`a.rowid IN (${matching})`] : []),
    ...unindexed.map((term) => Prisma.sql`a."searchText" LIKE ${`%${term}%`}`),
  ];
  if (query.archived === "only") where.push(Prisma.sql`a."archivedAt" IS NOT NULL`);
  else if (query.archived !== "include") where.push(Prisma.sql`a."archivedAt" IS NULL`);
  const filtered = Boolean(query.area.length || query.status.length || query.visit || query.org || query.side || query.minSeverity);
  if (query.area.length) where.push(Prisma.sql`a."area" IN (${Prisma.join(query.area)})`);
  if (query.status.length) where.push(Prisma.sql`a."status" IN (${Prisma.join(query.status)})`);
  if (query.visit) where.push(Prisma.sql`a."visitId" = ${query.visit}`);
  if (query.org) {
    where.push(Prisma.sql`(a."leadOrganizationId" = ${query.org}
      OR EXISTS (SELECT 1 FROM "AgreementParty" p WHERE p."agreementId" = a."id" AND p."organizationId" = ${query.org}))`);
  }
  if (query.side) where.push(onSide(query.side));
  if (query.minSeverity) where.push(Prisma.sql`a."worstSeverity" >= ${Math.max(SEVERITIES.indexOf(query.minSeverity), 1)}`);

  // Relevance: first the rows whose reference or title holds every word, then the others.
  const title = () => Prisma.join(
    terms.map((term) => Prisma.sql`a."searchTitle" LIKE ${`%${term}%`}`),
    " AND ",
  );
  const ranks = query.rank === "relevance" && terms.length ? [title(), Prisma.sql`NOT (${title()})`] : [Prisma.sql`1 = 1`];
  const conditions = (rank: number) => Prisma.join([...where, ranks[rank]], " AND ");

  const all = where.length ? Prisma.join(where, " AND ") : Prisma.sql`1 = 1`;
  // What counts() learned, for ids() to choose its plan: each rank's matches, and the agreements.
  let known: { counts: number[]; agreements: number } | null = null;
  let plan: "sort" | "walk" | null = null;
  const index = SORT_INDEX[query.sort];
  return {
    async counts(tx) {
      let counts: number[];
      let agreements: number;
      const kept = terms.length === 0 ? await talliedTableCount(query) : null;
      if (kept !== null) {
        const [row] = await tx.$queryRaw<{ agreements: number | bigint | null }[]>`SELECT MAX(rowid) AS "agreements" FROM "Agreement"`;
        counts = [kept];
        agreements = Number(row?.agreements ?? 0);
      } else if (indexed.length > 0 && !filtered && unindexed.length === 0 && ranks.length === 1) {
        // The words alone: counted from the FTS5 index without reading an agreement, less the
        // archived ones among them, found through the table's index (archived agreements are few;
        // every agreement's area and status are among the vocabulary's, so the lists cover all).
        const [row] = await tx.$queryRaw<{ matches: number | bigint; archived: number | bigint; agreements: number | bigint | null }[]>`
          WITH "m"("r") AS MATERIALIZED (${matching})
          SELECT (SELECT COUNT(*) FROM "m") AS "matches",
            (SELECT COUNT(*) FROM "Agreement" a WHERE a."area" IN (${Prisma.join(AREAS)}) AND a."status" IN (${Prisma.join(AGREEMENT_STATUSES)})
              AND a."archivedAt" IS NOT NULL AND a.rowid IN (SELECT "r" FROM "m")) AS "archived",
            (SELECT MAX(rowid) FROM "Agreement") AS "agreements"`;
        const matches = Number(row?.matches ?? 0);
        const archived = Number(row?.archived ?? 0);
        counts = [query.archived === "include" ? matches : query.archived === "only" ? archived : matches - archived];
        agreements = Number(row?.agreements ?? 0);
      } else {
        // Both ranks in one pass over the matches: the first rank's count, and all of them.
        const [row] = await tx.$queryRaw<{ n: number | bigint; first: number | bigint | null; agreements: number | bigint | null }[]>`
          SELECT COUNT(*) AS "n", SUM(CASE WHEN ${ranks[0]} THEN 1 ELSE 0 END) AS "first",
            (SELECT MAX(rowid) FROM "Agreement") AS "agreements"
          FROM "Agreement" a WHERE ${all}`;
        const n = Number(row?.n ?? 0);
        const first = Number(row?.first ?? 0);
        counts = ranks.length === 1 ? [n] : [first, n - first];
        agreements = Number(row?.agreements ?? 0);
      }
      known = { counts, agreements };
      return counts;
    },
    async ids(tx, rank, skip, take) {
      // A word most agreements hold: walking the sort's index finds a page's rows in the first
      // few hundred entries (3.5 ms for "dəhliz" at 100,000 agreements, 14,613 matches), where
      // sorting every match costs 14 ms. A rare word: sorting its few matches is cheaper.
      const walk = index !== undefined && known !== null && walkIsCheaper(skip, take, known.counts[rank] ?? 0, known.agreements);
      plan = walk ? "walk" : "sort";
      const from = walk ? Prisma.sql`"Agreement" a INDEXED BY ${Prisma.raw(`"${index}"`)}` : Prisma.sql`"Agreement" a`;
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT a."id" AS "id" FROM ${from} WHERE ${conditions(rank)} ORDER BY ${orderBy} LIMIT ${take} OFFSET ${skip}`;
      return rows.map((row) => row.id);
    },
    lastPlan: () => plan,
  };
}

/** agreementOrderBy(query, locale) in SQL; null for the lead organization's name (a join). */
function orderSql(query: AgreementQuery, locale: Locale): Prisma.Sql | null {
  const dir = Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");
  const column = (name: string) => Prisma.raw(`a."${name}"`);
  const primary = (() => {
    switch (query.sort) {
      case "reference":
        return Prisma.sql`${column("reference")} ${dir}`;
      case "title":
        return Prisma.sql`${column(SHOWN_TITLE_COLUMN[locale])} ${dir}`;
      case "area":
      case "status":
      case "progress":
      case "worstSeverity":
        return Prisma.sql`${column(query.sort)} ${dir}`;
      case "nextMilestone":
        return Prisma.sql`${column("nextMilestoneDue")} ${dir} NULLS LAST`;
      case "targetDate":
        return Prisma.sql`${column("targetDate")} ${dir} NULLS LAST`;
      case "lastUpdate":
        return Prisma.sql`${column("lastUpdateAt")} ${dir} NULLS LAST`;
      case "lead":
        return null;
    }
  })();
  if (!primary) return null;
  // The same tie-breaker as agreementOrderBy, so pages never repeat or skip rows.
  return query.sort === "reference" ? primary : Prisma.sql`${primary}, ${column("reference")} ASC`;
}

/**
 * SQLite: how many agreements are not at their own rowid in the search index (or index rows at no
 * agreement's), after something outside the migrations rebuilt the table or copied it row by row;
 * when any are, rebuilds the index in rowid order, in one transaction. The triggers keep it in step
 * from then on. `npm run db:reindex-search` runs it.
 */
export async function realignSearchIndex(db: Db): Promise<number> {
  const count = async (sql: Prisma.Sql) => Number((await db.$queryRaw<{ n: number | bigint }[]>(sql))[0]?.n ?? 0);
  const off =
    (await count(Prisma.sql`SELECT COUNT(*) AS "n" FROM "Agreement" a LEFT JOIN "AgreementSearch" s ON s.rowid = a.rowid WHERE s."agreementId" IS NOT a."id"`)) +
    (await count(Prisma.sql`SELECT COUNT(*) AS "n" FROM "AgreementSearch" s LEFT JOIN "Agreement" a ON a.rowid = s.rowid WHERE a."id" IS NOT s."agreementId"`));
  if (off === 0) return 0;
  await db.$transaction([
    db.$executeRaw`DELETE FROM "AgreementSearch"`,
    db.$executeRaw`INSERT INTO "AgreementSearch" ("rowid", "agreementId", "text") SELECT "rowid", "id", "searchText" FROM "Agreement"`,
  ]);
  return off;
}
