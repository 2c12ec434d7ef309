// `npm run bench:session [-- --database file:./data/bench.db --port 3306 --skip-build]`
// Issue 12: every request checks its session's row (ended? expired? idle?), at a cost within 10% of
// the account page. Measured two ways on the same database:
// The sessions table is first filled to 50,000 rows (ended sign-ins over a year).
//  1. the account page, sequentially on an idle server (the app's layout + the session check, the
//     page's fixed cost), p50 and p95 over 300 requests;
//  2. the check's own statements, as resolveSession runs them, timed one by one in this process:
//     the session row by primary key on every request, and the activity touch (a no-op unless a
//     minute has passed, so it writes at most once a minute per session).
// The check's share is (2) against (1). The user's row is not counted: it was read before
// sessions had rows too, and comes from the revision-keyed cache.
import { benchOptions } from "./lib/cli";
import { barChartSvg, SERIES_COLORS } from "./lib/chart";
import { summarize } from "./lib/load";
import { conditions, fmt, printTable, writeResults } from "./lib/results";
import { benchPrisma, buildApp, login, startServer } from "./lib/server";
import { databaseProvider } from "../lib/database-url";

const { options } = benchOptions({}, { port: 3306 });
const PAGE_REQUESTS = 300;
const STATEMENT_RUNS = 3000;
const SESSION_ROWS = 50_000;

const conds = await conditions(options.database);
const provider = databaseProvider(options.database);
const name = provider === "postgresql" ? "session-check-postgres" : "session-check";
console.log(`Session check against the account page\n${conds.database.agreements} agreements in ${conds.database.url}\n`);
if (options.build) buildApp(options.database);
const db = await benchPrisma(options.database);
// Filled before the server starts: a keep-alive socket left idle past the server's timeout while
// rows are written would be closed under the first request.
{
  // A table the size of a year of sign-ins (1,000 people, ~50 each): what every lookup runs against.
  const users = await db.user.findMany({ select: { id: true }, take: 1000 });
  const have = await db.session.count();
  const start = Date.now() - 365 * 86_400_000;
  for (let made = have; made < SESSION_ROWS; ) {
    const batch = Array.from({ length: Math.min(5000, SESSION_ROWS - made) }, (_, i) => {
      const createdAt = new Date(start + ((made + i) * 365 * 86_400_000) / SESSION_ROWS);
      return {
        userId: users[(made + i) % users.length]!.id,
        createdAt,
        lastSeenAt: createdAt,
        expiresAt: new Date(createdAt.getTime() + 12 * 3_600_000),
        endedAt: new Date(createdAt.getTime() + 3_600_000),
        endedReason: "logout",
      };
    });
    await db.session.createMany({ data: batch });
    made += batch.length;
    console.log(`  session rows: ${made}/${SESSION_ROWS}`);
  }
}
const server = await startServer({ databaseUrl: options.database, port: options.port });
try {
  const cookie = await login(server.baseUrl);
  const page = async () => {
    const t = performance.now();
    const res = await fetch(`${server.baseUrl}/account`, { headers: { cookie }, redirect: "manual" });
    const body = await res.text();
    if (res.status !== 200 || !body.includes('data-testid="permissions"')) throw new Error(`/account: HTTP ${res.status}, signed out?`);
    return performance.now() - t;
  };
  for (let i = 0; i < 30; i++) await page();
  const pageMs: number[] = [];
  for (let i = 0; i < PAGE_REQUESTS; i++) {
    pageMs.push(await page());
    if ((i + 1) % 100 === 0) console.log(`  account page: ${i + 1}/${PAGE_REQUESTS}`);
  }

  // The session the sign-in above created, read and touched exactly as lib/data/sessions.ts does.
  const session = await db.session.findFirstOrThrow({ where: { endedAt: null }, orderBy: { createdAt: "desc" } });
  const sessions = await db.session.count();
  const time = async (label: string, run: () => Promise<unknown>) => {
    for (let i = 0; i < 100; i++) await run();
    const samples: number[] = [];
    for (let i = 0; i < STATEMENT_RUNS; i++) {
      const t = performance.now();
      await run();
      samples.push(performance.now() - t);
    }
    console.log(`  ${label}: ${STATEMENT_RUNS} runs`);
    return summarize(samples);
  };
  const read = await time("session row by primary key", () =>
    db.session.findUnique({
      where: { id: session.id },
      select: { id: true, userId: true, endedAt: true, expiresAt: true, lastSeenAt: true, secondFactorAt: true },
    }),
  );
  const touch = await time("activity touch (no-op within the minute)", () =>
    db.session.updateMany({ where: { id: session.id, endedAt: null, lastSeenAt: { lte: new Date(Date.now() - 60_000) } }, data: { lastSeenAt: new Date() } }),
  );
  const account = summarize(pageMs);
  const share = (v: number, of: number) => `${((v / of) * 100).toFixed(1)}%`;
  console.log(`\n${sessions} session rows in the database\n`);
  printTable([
    { what: "account page (idle, sequential)", "p50 ms": fmt(account.p50), "p95 ms": fmt(account.p95), "share of page p50": "", "share of page p95": "" },
    { what: "session read (every request)", "p50 ms": fmt(read.p50), "p95 ms": fmt(read.p95), "share of page p50": share(read.p50, account.p50), "share of page p95": share(read.p95, account.p95) },
    { what: "touch (once a minute)", "p50 ms": fmt(touch.p50), "p95 ms": fmt(touch.p95), "share of page p50": share(touch.p50, account.p50), "share of page p95": share(touch.p95, account.p95) },
  ]);
  const chart = barChartSvg({
    title: "The session check against the account page",
    subtitle: `${provider}, ${conds.database.agreements} agreements, ${sessions} session rows; target: the check within 10% of the page`,
    axisLabel: "milliseconds",
    unit: "ms",
    series: [
      { name: "p50", color: SERIES_COLORS[0] },
      { name: "p95", color: SERIES_COLORS[1] },
    ],
    groups: [
      { label: "account page", values: [account.p50, account.p95] },
      { label: "session read (each request)", values: [read.p50, read.p95] },
      { label: "touch (once a minute)", values: [touch.p50, touch.p95] },
    ],
    references: [{ value: account.p95 * 0.1, label: "10% of the page's p95" }],
  });
  writeResults(name, { conditions: conds, sessions, accountPage: account, sessionRead: read, touch }, { [`${name}.svg`]: chart });
} finally {
  await db.$disconnect();
  await server.stop();
}
