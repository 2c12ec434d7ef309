// The table's page on SQLite in SQL (lib/data/sqlite-table-page.ts), with a search or without,
// must mean what the table's filters and sort mean everywhere else (agreementWhere,
// agreementTextMatch, agreementOrderBy, read through Prisma). On a real SQLite database with the
// visit's package and a synthetic portfolio in three languages, for random searches (or none),
// filters, sorts and ranks, both give the same counts and the same rows in the same order; and the
// words are answered by the FTS5 index.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGREEMENT_STATUSES, AREAS, SEVERITIES, SIDES } from "@/lib/domain/vocabulary";
import { SORTABLE_COLUMNS } from "@/lib/domain/limits";
import { LOCALES } from "@/lib/i18n/locales";
import { searchTerms } from "@/lib/domain/search-terms";
import { agreementQuerySchema, type AgreementQuery } from "@/lib/url-state/agreement-query";
import { sqliteDate } from "@/bench/lib/sqlite-values";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rebuildDashboardTallies } from "@/lib/data/dashboard-tally";
import { createTestDatabase, pointDataLayerAt, recordingClient, releaseDataLayer, seedPortfolio, type RecordingClient, type TestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-01T12:00:00Z");

let testDb: TestDatabase;
let recorder: RecordingClient;
let search: typeof import("@/lib/data/sqlite-table-page");
let where: typeof import("@/lib/data/agreement-where");
let text: typeof import("@/lib/data/text-search");
let words: string[];
let visits: string[];
let organizations: string[];

beforeAll(async () => {
  testDb = createTestDatabase("sqlite-table-page");
  await seedPortfolio(testDb, { agreements: 400, updates: 800, milestones: 400 }, { now: NOW, seed: 7 });
  const { sqlite } = testDb;
  // A few archived agreements; dates left empty (no update yet, no open milestone, no target),
  // which sort last either way; and rowids with gaps (deleted agreements), as a live database has.
  sqlite.prepare(`UPDATE Agreement SET archivedAt = ? WHERE rowid % 17 = 0`).run(sqliteDate(NOW));
  sqlite.exec(`UPDATE Agreement SET targetDate = NULL WHERE rowid % 5 = 0;
    UPDATE Agreement SET nextMilestoneDue = NULL WHERE rowid % 6 = 0;
    UPDATE Agreement SET lastUpdateAt = NULL WHERE rowid % 7 = 0;`);
  // Agreements of one side only (no party of the other), so the side filter chooses.
  sqlite.exec(`DELETE FROM AgreementParty WHERE agreementId IN (SELECT id FROM Agreement WHERE rowid % 3 = 0)`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.prepare(`DELETE FROM Agreement WHERE rowid IN (SELECT rowid FROM Agreement WHERE reference LIKE 'SYN-%' ORDER BY rowid LIMIT 5 OFFSET 40)`).run();
  // Words people would type: words of the titles and of the whole texts in every language, their
  // beginnings (three letters, and two, which the trigram index cannot narrow), and a word no
  // agreement holds.
  const wordsOf = (name: string) =>
    (sqlite.prepare(`SELECT ${name} AS t FROM Agreement`).all() as { t: string }[]).map((r) => new Set(r.t.split(/\s+/).filter((w) => searchTerms(w).length === 1)));
  // The words most agreements hold, so that a search with a filter or two still finds pages.
  const common = (rows: Set<string>[], length: number, n: number) => {
    const counts = new Map<string, number>();
    for (const row of rows) for (const w of row) if ([...w].length >= length) counts.set(w, (counts.get(w) ?? 0) + 1);
    return [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, n).map(([w]) => w);
  };
  const titles = wordsOf("searchTitle");
  const texts = wordsOf("searchText");
  const start = (w: string, n: number) => [...w].slice(0, n).join("");
  const inTexts = common(texts, 4, 60).filter((w) => !titles.some((t) => t.has(w)));
  words = [
    ...common(titles, 3, 25),
    ...inTexts.slice(0, 25),
    ...new Set(inTexts.map((w) => start(w, 3))),
    ...new Set(inTexts.slice(0, 12).map((w) => start(w, 2))),
    "soc",
    "dəhliz",
    "дәліз",
    "zzqx",
  ];
  visits = (sqlite.prepare(`SELECT id FROM Visit`).all() as { id: string }[]).map((r) => r.id);
  organizations = (sqlite.prepare(`SELECT id FROM Organization ORDER BY id LIMIT 12`).all() as { id: string }[]).map((r) => r.id);
  recorder = recordingClient(testDb);
  pointDataLayerAt(testDb, recorder.client);
  // The changes above were made around the data layer: the dashboard's kept counts, which count a
  // view without words, are brought up to date as `npm run db:retally` would.
  await rebuildDashboardTallies(recorder.client);
  search = await import("@/lib/data/sqlite-table-page");
  where = await import("@/lib/data/agreement-where");
  text = await import("@/lib/data/text-search");
}, 120_000);

afterAll(async () => {
  await recorder?.client.$disconnect();
  testDb?.remove();
  releaseDataLayer();
});

/** Mostly absent: most searches come with no filter or one. */
const option = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 });
const someOf = <T>(values: readonly T[]) => fc.oneof({ arbitrary: fc.constant([]), weight: 3 }, { arbitrary: fc.subarray([...values], { minLength: 1, maxLength: 3 }), weight: 1 });

/** A table query as a URL would give it: the search, the compiled filters, a sort and a rank. */
const queries = () =>
  fc
    .record({
      q: fc.oneof(
        { arbitrary: fc.constantFrom(...words), weight: 3 },
        { arbitrary: fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 3 }).map((w) => w.join(" ")), weight: 1 },
        // No words: the view's filters and sort alone.
        { arbitrary: fc.constant(""), weight: 1 },
      ),
      area: someOf(AREAS),
      status: someOf(AGREEMENT_STATUSES),
      archived: option(fc.constantFrom("include", "only")),
      visit: option(fc.constantFrom(...visits)),
      org: option(fc.constantFrom(...organizations)),
      side: option(fc.constantFrom(...SIDES)),
      minSeverity: option(fc.constantFrom(...SEVERITIES)),
      sort: fc.constantFrom(...SORTABLE_COLUMNS),
      dir: fc.constantFrom("asc", "desc"),
      rank: option(fc.constant("relevance")),
      locale: fc.constantFrom(...LOCALES),
    })
    .map(({ locale, ...record }) => ({ query: agreementQuerySchema.parse(record), locale }));

/** The same page read through Prisma from the table's own definitions: counts and ids per rank. */
async function throughPrisma(query: AgreementQuery, terms: string[], locale: (typeof LOCALES)[number]) {
  const filters = where.agreementWhere({ ...query, q: "" }, { now: NOW, staleAfterDays: 30 });
  const title = text.agreementTitleMatch(terms);
  const ranks: Prisma.AgreementWhereInput[] = (query.rank === "relevance" && terms.length ? [title, { NOT: title }] : [{}]).map((rank) => ({
    AND: [filters, text.agreementTextMatch(terms), rank],
  }));
  return Promise.all(
    ranks.map(async (rank) =>
      (await recorder.client.agreement.findMany({ where: rank, orderBy: where.agreementOrderBy(query, locale), select: { id: true } })).map((a) => a.id),
    ),
  );
}

describe("the SQLite search page in SQL", () => {
  it("gives the same counts and rows, in the same order, as the table's filters and sort through Prisma", async () => {
    let compared = 0;
    let ordered = 0;
    let withoutWords = 0;
    const plans = { sort: 0, walk: 0 };
    await fc.assert(
      fc.asyncProperty(queries(), async ({ query, locale }) => {
        const terms = searchTerms(query.q);
        const page = search.sqliteTablePage(query, terms, locale);
        if (query.sort === "lead" || (terms.length > 0 && !terms.some((t) => [...t].length >= search.TRIGRAM_MIN))) {
          expect(page).toBeNull();
          return;
        }
        expect(page).not.toBeNull();
        const expected = await throughPrisma(query, terms, locale);
        const counts = await recorder.client.$transaction((tx) => page!.counts(tx));
        expect(counts).toEqual(expected.map((ids) => ids.length));
        for (const [rank, ids] of expected.entries()) {
          // The whole rank in pages of 25, as pageAcrossRanks reads them.
          const read: string[] = [];
          for (let skip = 0; skip < ids.length; skip += 25) {
            read.push(...(await recorder.client.$transaction((tx) => page!.ids(tx, rank, skip, 25))));
            plans[page!.lastPlan()!] += 1;
          }
          expect(read).toEqual(ids);
        }
        compared += 1;
        if (terms.length === 0) withoutWords += 1;
        if (counts.reduce((a, b) => a + b, 0) > 25) ordered += 1;
      }),
      { numRuns: 150, seed: 17 },
    );
    // The property compared pages, not only queries it turned away, and many of more than a page.
    expect(compared).toBeGreaterThan(60);
    expect(withoutWords).toBeGreaterThan(15);
    expect(ordered).toBeGreaterThan(30);
    // Both plans chose pages: walking the sort's index (the first pages of a common word) and
    // sorting the matches.
    expect(plans.walk).toBeGreaterThan(5);
    expect(plans.sort).toBeGreaterThan(20);
  }, 120_000);

  it("walks the sort's index for a word most agreements hold, and gives the same pages", async () => {
    const common = words[0]!;
    let walked = 0;
    for (const sort of ["reference", "targetDate", "lastUpdate", "nextMilestone"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        for (const archived of [undefined, "include", "only"] as const) {
          const query = agreementQuerySchema.parse({ q: common, sort, dir, archived });
          const terms = searchTerms(query.q);
          const page = search.sqliteTablePage(query, terms, "en")!;
          const [expected] = await throughPrisma(query, terms, "en");
          const counts = await recorder.client.$transaction((tx) => page.counts(tx));
          expect(counts, `${sort} ${dir} ${archived}`).toEqual([expected!.length]);
          const read: string[] = [];
          for (let skip = 0; skip < expected!.length; skip += 10) {
            read.push(...(await recorder.client.$transaction((tx) => page.ids(tx, 0, skip, 10))));
            if (skip === 0 && page.lastPlan() === "walk") walked += 1;
          }
          expect(read, `${sort} ${dir} ${archived}`).toEqual(expected);
        }
      }
    }
    // Every sort and direction walked its first page when most agreements match (archived "only"
    // matches few, and sorts them).
    expect(walked).toBeGreaterThanOrEqual(16);
  });

  it("pages a view without words by walking the sort's index, counted from the kept counts", async () => {
    let walked = 0;
    for (const sort of ["reference", "targetDate", "lastUpdate", "nextMilestone"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const query = agreementQuerySchema.parse({ sort, dir, status: ["on_track", "at_risk", "delayed", "not_started", "completed"] });
        const page = search.sqliteTablePage(query, [], "en")!;
        const [expected] = await throughPrisma(query, [], "en");
        recorder.reset();
        const counts = await page.counts(recorder.client);
        expect(counts, `${sort} ${dir}`).toEqual([expected!.length]);
        expect(recorder.statements.some((sql) => sql.includes("DashboardTally"))).toBe(true);
        const first = await page.ids(recorder.client, 0, 0, 25);
        if (page.lastPlan() === "walk") walked += 1;
        expect(first, `${sort} ${dir}`).toEqual(expected!.slice(0, 25));
      }
    }
    expect(walked).toBe(8);
  });

  it("chooses to walk only when a page's rows come early in the sort's index", () => {
    // "dəhliz" at 100,000 agreements: 14,613 matches; the first page walks, a deep one sorts.
    expect(search.walkIsCheaper(0, 50, 14_613, 100_000)).toBe(true);
    expect(search.walkIsCheaper(1_000, 50, 14_613, 100_000)).toBe(false);
    // A rare word: its few matches are sorted.
    expect(search.walkIsCheaper(0, 50, 300, 100_000)).toBe(false);
    expect(search.walkIsCheaper(0, 50, 0, 100_000)).toBe(false);
  });

  it("sends a query with another filter, or sorted by the lead organization, the Prisma way", () => {
    const base = { q: "dəhliz" };
    expect(search.sqliteTablePage(agreementQuerySchema.parse(base), ["dəhliz"], "en")).not.toBeNull();
    for (const extra of [{ challenge: organizations[0] }, { stale: "1" }, { overdue: "1" }, { dueSoon: "1" }, { mine: "1" }, { targetFrom: "2026-01-01" }, { dueTo: "2026-01-01" }, { sort: "lead" }]) {
      expect(search.sqliteTablePage(agreementQuerySchema.parse({ ...base, ...extra }), ["dəhliz"], "en"), JSON.stringify(extra)).toBeNull();
    }
  });

  it("answers the words from the FTS5 index and reaches each agreement by its rowid", async () => {
    const query = agreementQuerySchema.parse({ q: "dəhliz", area: "energy,transport", sort: "lastUpdate", dir: "desc" });
    const page = search.sqliteTablePage(query, searchTerms(query.q), "en")!;
    recorder.reset();
    await recorder.client.$transaction(async (tx) => {
      await page.counts(tx);
      await page.ids(tx, 0, 0, 25);
    });
    const statements = recorder.statements.map((sql, i) => ({ sql, params: recorder.params[i] })).filter(({ sql }) => /MATCH/.test(sql));
    expect(statements).toHaveLength(2);
    for (const { sql, params } of statements) {
      const plan = testDb.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((row) => (row as { detail: string }).detail)
        .join("; ");
      // The index answers MATCH (its plan says M); the agreement is found by its rowid or from a
      // covering index, never by reading each candidate's stored text (a LIKE on the index: L).
      expect(plan).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
      expect(plan).not.toMatch(/VIRTUAL TABLE INDEX \d+:L/);
      expect(plan).not.toMatch(/sqlite_autoindex_Agreement/);
    }
  });

  it("realigns an index whose rows are not at their agreements' rowids (db:reindex-search)", async () => {
    const query = agreementQuerySchema.parse({ q: "dəhliz" });
    const page = search.sqliteTablePage(query, searchTerms(query.q), "en")!;
    const before = await recorder.client.$transaction((tx) => page.counts(tx));
    expect(await search.realignSearchIndex(recorder.client)).toBe(0);
    // Written in another order, as a table rebuild outside the migrations would leave it.
    testDb.sqlite.exec(`DELETE FROM AgreementSearch; INSERT INTO AgreementSearch (agreementId, text) SELECT id, searchText FROM Agreement ORDER BY id DESC`);
    expect(await recorder.client.$transaction((tx) => page.counts(tx))).not.toEqual(before);
    expect(await search.realignSearchIndex(recorder.client)).toBeGreaterThan(0);
    expect(await recorder.client.$transaction((tx) => page.counts(tx))).toEqual(before);
    expect(await search.realignSearchIndex(recorder.client)).toBe(0);
  });

  it("quotes every word, so nothing typed is FTS5 syntax", () => {
    expect(search.ftsMatch(["near", 'a"b', "or"])).toBe('"near" "a""b" "or"');
  });
});
