// `npm run bench:api [-- --duration 12 --rounds 4 --connections 16 --port 3303 --skip-build]`
// Issue 16: /api/v1/agreements under 16 concurrent connections at the synthetic size (10,000
// agreements), next to /api/health of the same server in the same run; then the cost of a page by
// its depth: every page of the whole list walked by cursor (keyset), first page against last, and
// for contrast the same depth by offset through the older /api/agreements (page=N).
import { benchOptions } from "./lib/cli";
import { summarize } from "./lib/load";
import { expectStatus, HEALTH_FLOOR, runPageBench, type PageTarget } from "./lib/page-bench";
import { fmt, printTable, writeResults } from "./lib/results";
import { benchPrisma, login, startServer } from "./lib/server";
import { apiTokenHint, hashApiTokenSecret, newApiTokenSecret } from "../lib/domain/api-token";

const { options } = benchOptions({}, { port: 3303 });
const SERVER_ENV = { API_RATE_LIMIT_PER_MINUTE: "100000" };

/** A read token of the demo admin in the bench database, made as the token page would. */
async function benchToken(): Promise<string> {
  const db = await benchPrisma(options.database);
  try {
    const admin = await db.user.findFirstOrThrow({ where: { email: "admin@accord.test" } });
    const secret = newApiTokenSecret();
    await db.apiToken.create({
      data: {
        name: "bench",
        kind: "personal",
        scope: "read",
        secretHash: hashApiTokenSecret(secret),
        hint: apiTokenHint(secret),
        userId: admin.id,
        createdById: admin.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    return secret;
  } finally {
    await db.$disconnect();
  }
}

const token = await benchToken();
const bearer = { Authorization: `Bearer ${token}` };
const listCheck = (rows: number) => (r: { status: number; body: string }) => {
  expectStatus(200)(r);
  const body = JSON.parse(r.body) as { items: unknown[]; nextCursor: string | null };
  if (body.items.length !== rows) throw new Error(`expected ${rows} items, got ${body.items.length}`);
  return `HTTP 200, ${(r.body.length / 1024).toFixed(0)} KiB, ${rows} items, next cursor ${body.nextCursor ? "yes" : "no"}`;
};
const targets: PageTarget[] = [
  { name: "v1 list, 50 rows", path: "/api/v1/agreements?limit=50", auth: false, headers: bearer, check: listCheck(50) },
  {
    name: "v1 list filtered + sorted, 50 rows",
    path: "/api/v1/agreements?area=energy,transport&status=on_track,at_risk,delayed&sort=targetDate&dir=desc&limit=50",
    auth: false,
    headers: bearer,
    check: listCheck(50),
  },
];
await runPageBench(
  { name: "api-v1", title: "/api/v1/agreements under load vs /api/health", serverEnv: SERVER_ENV, floor: HEALTH_FLOOR, references: [], targets, targetRatio: 3 },
  options,
);

// Depth: sequential requests on an idle server, every page of the list, three walks.
const server = await startServer({ databaseUrl: options.database, port: options.port, env: SERVER_ENV });
try {
  const cookie = await login(server.baseUrl);
  const timed = async (path: string, headers: Record<string, string>) => {
    const t = performance.now();
    const res = await fetch(server.baseUrl + path, { headers });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
    return { ms: performance.now() - t, text };
  };
  const SIZE = 50;
  const walks: number[][] = [];
  for (let walk = 0; walk < 3; walk++) {
    const times: number[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/v1/agreements?limit=${SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const { ms, text } = await timed(path, bearer);
      times.push(ms);
      cursor = (JSON.parse(text) as { nextCursor: string | null }).nextCursor;
    } while (cursor);
    walks.push(times);
  }
  const pages = walks[0]!.length;
  const at = (i: number) => summarize(walks.map((w) => w[i]!)).p50;
  const firstCursor = at(0);
  const lastCursor = at(pages - 1);
  // The same pages by offset (the table's own paging), first and last, a few times each.
  const offset = async (page: number) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await timed(`/api/agreements?size=${SIZE}&page=${page}`, { cookie })).ms);
    return summarize(times).p50;
  };
  const firstOffset = await offset(1);
  const lastOffset = await offset(pages);
  const allCursor = summarize(walks.flat());
  console.log(`\nDepth: ${pages} pages of ${SIZE} (sequential, idle server, median of 3 walks)`);
  const rows = [
    { paging: "cursor /api/v1/agreements", "first page ms": firstCursor, "last page ms": lastCursor, "last/first": Number((lastCursor / firstCursor).toFixed(2)), "p50 all pages ms": allCursor.p50, "p95 all pages ms": allCursor.p95 },
    { paging: "offset /api/agreements (contrast)", "first page ms": firstOffset, "last page ms": lastOffset, "last/first": Number((lastOffset / firstOffset).toFixed(2)), "p50 all pages ms": 0, "p95 all pages ms": 0 },
  ];
  printTable(rows);
  console.log(`cursor: first ${fmt(firstCursor)} ms, last ${fmt(lastCursor)} ms; offset: first ${fmt(firstOffset)} ms, last ${fmt(lastOffset)} ms`);
  writeResults("api-v1-depth", { database: options.database, pages, size: SIZE, rows, walksMs: walks }, {});
} finally {
  await server.stop();
}
