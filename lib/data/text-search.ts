import type { Prisma } from "../generated/prisma/client";
import { databaseProvider } from "../database-url";
import { env } from "../env";

// Substring search with the same results on both databases: every search word must be a
// substring of the folded text (Prisma's `contains`, LIKE '%word%').
// - PostgreSQL answers that LIKE on Agreement.searchText and DocumentBlob.text from pg_trgm GIN
//   indexes wherever it is used.
// - SQLite cannot index LIKE '%…%' on a column. FTS5 trigram tables (AgreementSearch,
//   DocumentTextSearch; migration 20261206154221_text_search_index) mirror the two columns and
//   answer the same LIKE from an index, but only when a query starts from them: Prisma reaches a
//   related table through a join or a correlated EXISTS, which runs the index once per agreement
//   (1.6 s at 10,000 agreements). So on SQLite the table's page starts from AgreementSearch: in
//   SQL with an FTS5 MATCH for the filters people combine with a search (lib/data/sqlite-table-page.ts,
//   the index keyed by the agreements' rowids), else through Prisma with the filters hanging off
//   it. On PostgreSQL the two tables are views over the indexed columns (the
//   generated clients must have the same models); the page keeps the conditions below there, which
//   the planner answers from the GIN index when it narrows. Exports and the API page through
//   agreements by keyset and keep the conditions below: indexed on PostgreSQL, a scan on SQLite.
// Words under three letters match through the same LIKE; trigram indexes cannot narrow them, so
// they cost a scan of the index (or of the column) on both databases.

/** SQLite: the table's search page starts from the FTS5 table (see readSearchPage). */
export const searchFromIndexTable = () => databaseProvider(env().DATABASE_URL) === "sqlite";

/**
 * Rows of a search index (AgreementSearch, DocumentTextSearch: both have a `text` column) or of
 * DocumentBlob whose text holds every word.
 */
export const textHoldsEvery = (terms: readonly string[]) => ({ AND: terms.map((term) => ({ text: { contains: term } })) });

/** Agreements whose folded text (reference, title, summary, organizations) holds every word. */
export function agreementTextMatch(terms: readonly string[]): Prisma.AgreementWhereInput {
  return { AND: terms.map((term) => ({ searchText: { contains: term } })) };
}

/** Agreements whose folded reference and title hold every word: the first rank of a relevance order. */
export function agreementTitleMatch(terms: readonly string[]): Prisma.AgreementWhereInput {
  return { AND: terms.map((term) => ({ searchTitle: { contains: term } })) };
}

/** Document contents (extracted, folded) that hold every word. */
export function documentBlobTextMatch(terms: readonly string[]): Prisma.DocumentBlobWhereInput {
  return { textStatus: "done", ...textHoldsEvery(terms) };
}
