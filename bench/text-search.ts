// `npm run bench:search [-- --databases file:./data/bench.db,file:./data/bench-100k.db --runs 15]`
// Issue 17, item 2: the agreements table's text search answered from an index (FTS5 trigram on
// SQLite, pg_trgm on PostgreSQL) against the same search as a filter on the agreement rows (what
// the page did before, and what exports and the API still do: a scan on SQLite). Both run the
// app's own data layer with the read caches off, one request at a time in one process per
// database, so the figures are the database work of one page (count + 50 rows + their relations),
// without HTTP or rendering. Searches in the portfolio's three languages, a prefix, two words and
// a two-letter word (which no trigram index can narrow).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { z } from "zod";
import { barChartSvg, SERIES_COLORS } from "./lib/chart";
import { summarize } from "./lib/load";
import { conditions, fmt, printTable, writeResults } from "./lib/results";
import { describeDatabaseUrl, isPostgresUrl, isSqliteUrl } from "../lib/database-url";

const SEARCHES = ["dəhliz", "дәлізі", "corridor", "soc", "green hydrogen", "ai"] as const;
const PATHS = ["index", "row filter"] as const;
type Sample = { search: string; path: (typeof PATHS)[number]; total: number; ms: number[] };

const { values } = parseArgs({ options: { databases: { type: "string" }, runs: { type: "string" }, child: { type: "string" } } });

if (values.child) {
  // One database per process: the app's Prisma client is chosen by DATABASE_URL at import.
  process.env.DATABASE_URL = values.child;
  process.env.READ_CACHE = "off";
  process.env.AUTH_SECRET ||= "bench-only-secret-not-for-production-0123456789";
  const runs = Number(values.runs ?? 15);
  const { listAgreements } = await import("../lib/data/agreements");
  const { agreementOrderBy, agreementWhere } = await import("../lib/data/agreement-where");
  const { prisma } = await import("../lib/db");
  const { parseAgreementQuery } = await import("../lib/url-state/agreement-query");
  const samples: Sample[] = [];
  for (const search of SEARCHES) {
    const query = parseAgreementQuery({ q: search, sort: "lastUpdate", dir: "desc", size: "50" });
    const where = agreementWhere(query, { now: new Date(), staleAfterDays: 60 });
    const read: Record<Sample["path"], () => Promise<number>> = {
      // The page as the table reads it now: from the search index.
      index: async () => (await listAgreements(query, new Date())).total,
      // The same words as conditions on the agreement rows, with the same 50 rows' relations.
      "row filter": async () => {
        const [total] = await prisma.$transaction([
          prisma.agreement.count({ where }),
          prisma.agreement.findMany({
            where,
            orderBy: agreementOrderBy(query),
            take: 50,
            select: { id: true, leadOrganization: { select: { name: true } }, parties: { select: { organization: { select: { name: true } } } } },
          }),
        ]);
        return total;
      },
    };
    for (const path of PATHS) {
      const sample: Sample = { search, path, total: await read[path](), ms: [] }; // the first run warms up
      for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        await read[path]();
        sample.ms.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      samples.push(sample);
    }
  }
  process.stdout.write(`${JSON.stringify(samples)}\n`);
  await prisma.$disconnect();
  process.exit(0);
}

const args = z
  .object({
    databases: z
      .string()
      .default("file:./data/bench.db")
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(z.string().refine((v) => isSqliteUrl(v) || isPostgresUrl(v), { message: 'expects "file:…" or "postgresql://…"' })).min(1)),
    runs: z.coerce.number().int().min(3).max(1000).default(15),
  })
  .safeParse(values);
if (!args.success) {
  console.error(args.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
  process.exit(2);
}

// ("searches", not "samples": writeResults leaves raw samples out of the JSON.)
const results: { database: string; agreements: number; searches: (Omit<Sample, "ms"> & ReturnType<typeof summarize>)[] }[] = [];
for (const database of args.data.databases) {
  const conds = await conditions(database);
  console.log(`${describeDatabaseUrl(database)}: ${conds.database.agreements.toLocaleString("en-US")} agreements, ${args.data.runs} runs per search…`);
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", import.meta.filename, "--child", database, "--runs", String(args.data.runs)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = child.stdout.trim().split("\n").at(-1) ?? "";
  if (child.status !== 0 || !last.startsWith("[")) throw new Error(`the run on ${describeDatabaseUrl(database)} failed (exit ${child.status})`);
  const samples = (JSON.parse(last) as Sample[]).map(({ ms, ...rest }) => ({ ...rest, ...summarize(ms) }));
  for (const search of SEARCHES) {
    const [index, rows] = PATHS.map((p) => samples.find((s) => s.search === search && s.path === p)!);
    if (index!.total !== rows!.total) throw new Error(`"${search}": the index found ${index!.total}, the row filter ${rows!.total}`);
  }
  results.push({ database: describeDatabaseUrl(database), agreements: conds.database.agreements, searches: samples });
}

const size = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
printTable(
  results.flatMap((r) =>
    SEARCHES.map((search) => {
      const [index, rows] = PATHS.map((p) => r.searches.find((s) => s.search === search && s.path === p)!);
      return {
        database: `${r.database} (${size(r.agreements)})`,
        search,
        found: index!.total,
        "index p50": fmt(index!.p50),
        "index p95": fmt(index!.p95),
        "row filter p50": fmt(rows!.p50),
        "row filter p95": fmt(rows!.p95),
        "p95 ratio": fmt(rows!.p95 / index!.p95),
      };
    }),
  ),
);

const chart = barChartSvg({
  title: "Agreements table: one search page's database work, p95",
  subtitle: "Count + 50 rows sorted by last update, read caches off, one request at a time",
  axisLabel: "p95 ms (lower is better)",
  series: results.flatMap((r, i) =>
    PATHS.map((p, j) => ({ name: `${p}, ${size(r.agreements)}`, color: SERIES_COLORS[(i * 2 + j) % SERIES_COLORS.length]! })),
  ),
  groups: SEARCHES.map((search) => ({
    label: `"${search}" (${results.map((r) => r.searches.find((s) => s.search === search)!.total.toLocaleString("en-US")).join(" / ")} found)`,
    values: results.flatMap((r) => PATHS.map((p) => r.searches.find((s) => s.search === search && s.path === p)!.p95)),
  })),
  unit: "ms",
  footnote:
    `index: the page as the table reads it, from the FTS5 trigram table (SQLite) or the pg_trgm index (PostgreSQL); ` +
    `row filter: the same words as conditions on the agreement rows. A word under three letters ("ai") cannot narrow a trigram index, ` +
    `so the page reads the rows for it either way. ${results.map((r) => `${r.database}: ${r.agreements} agreements`).join("; ")}.`,
});
const name = results.some((r) => r.database.includes("@")) ? "text-search-postgres" : "text-search";
writeResults(name, { conditions: await conditions(args.data.databases[0]!), runs: args.data.runs, results }, { [`${name}.svg`]: chart });
