// The shared shape of a page benchmark: build, serve the bench database, sign in, check every
// target answers what we expect, warm up, then load each target in turn next to the floor (a
// trivial page of the same server in the same run), floor measured first and last and pooled.
import os from "node:os";
import path from "node:path";
import { barChartSvg, SERIES_COLORS } from "./chart";
import type { BenchOptions } from "./cli";
import { idleLatency, probe, runLoad, settle, summarize, type LoadResult, type LoadTarget } from "./load";
import { conditions, fmt, printTable, writeResults } from "./results";
import { databaseProvider } from "../../lib/database-url";
import { buildApp, login, startServer } from "./server";

export type PageTarget = Omit<LoadTarget, "cookie"> & {
  /** Sent with the demo admin's session cookie. */
  auth: boolean;
  /** Checks the probe response; returns a short note for the report, or throws. */
  check: (response: { status: number; body: string; location: string | null }) => string;
};

export type PageBenchSpec = {
  name: string;
  title: string;
  /** The floor the ratio is computed against; measured first and last. */
  floor: PageTarget;
  /** Other references (trivial page, trivial authenticated page), reported but not the ratio base. */
  references: PageTarget[];
  targets: PageTarget[];
  targetRatio: number;
  /** Extra environment for the server of this run (e.g. READ_CACHE=off). */
  serverEnv?: Record<string, string>;
  /**
   * References that are themselves pages (the issue's "trivial page"): ratios are shown against
   * each too. `short` names the ratio's column, e.g. "login".
   */
  pageFloors?: { name: string; short: string }[];
};

/** The floor of every page bench: the health check, the cheapest answer the server gives. */
export const HEALTH_FLOOR: PageTarget = {
  name: "floor: /api/health",
  path: "/api/health",
  auth: false,
  check: (r) => {
    if (r.status !== 200 || !r.body.includes('"ok":true')) throw new Error(`health: HTTP ${r.status} ${r.body.slice(0, 80)}`);
    return "HTTP 200 {ok:true}";
  },
};

export const expectStatus = (status: number) => (r: { status: number; body: string }) => {
  if (r.status !== status) throw new Error(`expected HTTP ${status}, got ${r.status}`);
  return `HTTP ${r.status}, ${(r.body.length / 1024).toFixed(1)} KiB`;
};

const LOGIN = "trivial page: login (no session)";
const ACCOUNT = "trivial page: account (session + layout)";

/**
 * The issue's "trivial page of the same server", two ways: the login page (no session, no
 * database) and the account page (the app's layout and session check, nothing read beyond the
 * session's user): the fixed cost every page of the app pays before its own work.
 */
export const TRIVIAL_PAGES: PageTarget[] = [
  { name: LOGIN, path: "/login", auth: false, check: expectStatus(200) },
  {
    name: ACCOUNT,
    path: "/account",
    auth: true,
    check: (r) => {
      expectStatus(200)(r);
      if (!r.body.includes('data-testid="permissions"')) throw new Error("the account page did not render (signed out?)");
      return `HTTP 200, ${(r.body.length / 1024).toFixed(1)} KiB, the account page`;
    },
  },
];
export const TRIVIAL_PAGE_FLOORS = [
  { name: LOGIN, short: "login" },
  { name: ACCOUNT, short: "account" },
];

/**
 * The spec as it is, then again on a server with the read caches off (READ_CACHE=off), where every
 * request reads the database, as the first view after any change does. The second run reuses the
 * first one's build and reports as `<name>-uncached`, next to `uncachedReferences` (default: the
 * spec's references).
 */
export async function runCachedAndUncached(
  spec: PageBenchSpec,
  options: BenchOptions,
  uncachedReferences: PageTarget[] = spec.references,
): Promise<void> {
  await runPageBench(spec, options);
  await runPageBench(
    {
      ...spec,
      name: `${spec.name}-uncached`,
      title: `${spec.title}, read caches off (READ_CACHE=off)`,
      serverEnv: { ...spec.serverEnv, READ_CACHE: "off" },
      references: uncachedReferences,
    },
    { ...options, build: false },
  );
}

export async function runPageBench(spec: PageBenchSpec, options: BenchOptions): Promise<void> {
  // Results of another database than the default one are kept beside, not over, the default's.
  const suffix =
    databaseProvider(options.database) === "postgresql"
      ? `postgres-${new URL(options.database).pathname.slice(1)}`
      : path.basename(options.database.replace(/^file:/, ""), ".db");
  if (suffix !== "bench") spec = { ...spec, name: `${spec.name}-${suffix}` };
  const conds = { ...(await conditions(options.database)), serverEnv: spec.serverEnv ?? {} };
  console.log(`${spec.title}\n${conds.database.agreements} agreements in ${conds.database.url}; ${options.connections} connections, ${options.duration} s per target in ${options.rounds} interleaved rounds\n`);
  if (options.build) buildApp(options.database);
  const server = await startServer({ databaseUrl: options.database, port: options.port, env: spec.serverEnv });
  try {
    const cookie = await login(server.baseUrl);
    const withCookie = (t: PageTarget): PageTarget & LoadTarget => (t.auth ? { ...t, cookie } : t);
    const floor = withCookie(spec.floor);
    const others = [...spec.references, ...spec.targets].map(withCookie);
    const notes: Record<string, string> = {};
    for (const t of [floor, ...others]) {
      notes[t.name] = t.check(await probe(server.baseUrl, t));
      console.log(`check ${t.name}: ${notes[t.name]}`);
    }
    const load = { connections: options.connections, serverPid: server.pid };
    const idle = await idleLatency(server.baseUrl);
    // "Drained" = the health check answers within 3 x its idle time (never less than 20 ms).
    const fastMs = Math.max(20, idle * 3);
    console.log(`idle ${floor.path}: ${idle.toFixed(1)} ms sequentially`);
    if (options.warmup > 0) {
      console.log(`\nWarming up ${options.warmup} s per target…`);
      for (const t of [floor, ...others]) {
        await runLoad(server.baseUrl, t, { ...load, durationS: options.warmup, minResponses: options.connections, maxDurationS: 120 });
        await settle(server.baseUrl, fastMs);
      }
    }
    // Targets are measured in interleaved rounds (floor, references, targets; again; ...) and each
    // target's samples are pooled over the rounds: this machine's speed drifts by up to ~25% over
    // minutes, and a ratio of two runs minutes apart would measure that drift as much as the pages.
    const rounds = options.rounds;
    const perRound = { durationS: Math.max(1, Math.round(options.duration / rounds)), minResponses: Math.ceil((options.connections * 10) / rounds) };
    const targets = [floor, ...others];
    const byRound: LoadResult[][] = [];
    for (let round = 1; round <= rounds; round++) {
      console.log(`\nRound ${round} of ${rounds}`);
      const results: LoadResult[] = [];
      for (const t of targets) {
        const waited = await settle(server.baseUrl, fastMs);
        process.stdout.write(`  ${t.name}${waited > 1 ? ` (after ${waited.toFixed(0)} s for the server to drain)` : ""}… `);
        const r = await runLoad(server.baseUrl, t, { ...load, ...perRound, maxDurationS: Math.ceil(options.maxDuration / rounds) });
        console.log(`${r.requests} responses in ${r.durationS} s, p95 ${fmt(r.latencyMs.p95)} ms`);
        results.push(r);
      }
      byRound.push(results);
    }
    conds.loadAverage1m.after = os.loadavg()[0];
    const measured = targets.map((_, i) => pool(byRound.map((results) => results[i]!)));
    const pooled = measured[0]!.latencyMs;
    const ratio = (r: LoadResult) => r.latencyMs.p95 / pooled.p95;
    const pageFloors = (spec.pageFloors ?? []).map((f) => {
      const result = measured.find((m) => m.name === f.name);
      if (!result) throw new Error(`page floor "${f.name}" is not among the references`);
      return { ...f, result, ratio: (r: LoadResult) => r.latencyMs.p95 / result.latencyMs.p95 };
    });
    const rows = measured.map((r) => ({
      page: r.name,
      "req/s": r.reqPerSec,
      "p50 ms": r.latencyMs.p50,
      "p95 ms": r.latencyMs.p95,
      "p99 ms": r.latencyMs.p99,
      "max ms": r.latencyMs.max,
      n: r.requests,
      "p95/floor": Number(ratio(r).toFixed(2)),
      ...Object.fromEntries(pageFloors.map((f) => [`p95/${f.short}`, Number(f.ratio(r).toFixed(2))])),
      statuses: Object.entries(r.statuses).map(([s, n]) => `${s}x${n}`).join(" "),
      "peak RSS MiB": r.peakServerRssMiB ?? 0,
    }));
    console.log("");
    printTable(rows);
    console.log(`\nFloor p95 (${floor.name}, ${rounds} rounds pooled): ${fmt(pooled.p95)} ms; target: p95 within ${spec.targetRatio} x floor = ${fmt(pooled.p95 * spec.targetRatio)} ms`);
    for (const t of spec.targets) {
      const r = measured.find((m) => m.name === t.name)!;
      const verdict = ratio(r) <= spec.targetRatio ? "meets" : "MISSES";
      console.log(`  ${t.name}: p95 ${fmt(r.latencyMs.p95)} ms = ${ratio(r).toFixed(2)} x floor -> ${verdict} the target`);
      for (const f of pageFloors) {
        const pageVerdict = f.ratio(r) <= spec.targetRatio ? "meets" : "MISSES";
        const i = measured.indexOf(r);
        const j = measured.indexOf(f.result);
        const each = byRound.map((results) => (results[i]!.latencyMs.p95 / results[j]!.latencyMs.p95).toFixed(2)).join(", ");
        console.log(`  ${t.name}: = ${f.ratio(r).toFixed(2)} x ${f.name} (p95 ${fmt(f.result.latencyMs.p95)} ms) -> ${pageVerdict} the target against it (rounds: ${each})`);
      }
    }

    const svg = barChartSvg({
      title: spec.title,
      subtitle: `${conds.database.agreements.toLocaleString("en-US")} agreements · ${options.connections} connections · ${rounds} interleaved rounds of ≥ ${perRound.durationS} s each · next start · ${conds.cpus} cores · ${conds.date.slice(0, 10)}`,
      axisLabel: "response time (ms), lower is better",
      unit: "ms",
      series: [
        { name: "p50", color: SERIES_COLORS[0] },
        { name: "p95", color: SERIES_COLORS[1] },
      ],
      groups: measured.map((r) => ({ label: r.name, values: [r.latencyMs.p50, r.latencyMs.p95] })),
      references: [
        { value: pooled.p95 * spec.targetRatio, label: `target: ${spec.targetRatio} x floor p95 (${floor.path})` },
        ...pageFloors.map((f) => ({
          value: f.result.latencyMs.p95 * spec.targetRatio,
          label: `${spec.targetRatio} x ${f.short} p95 (${f.result.path})`,
        })),
      ],
      footnote: `Floor = ${floor.path} (p95 ${fmt(pooled.p95)} ms). Every target's samples pooled over the rounds. req/s: ${measured.map((r) => `${r.name} ${fmt(r.reqPerSec)}`).join(", ")}`,
    });
    writeResults(
      spec.name,
      {
        conditions: conds,
        options,
        floor: { path: floor.path, p95Ms: pooled.p95, p50Ms: pooled.p50 },
        targetRatio: spec.targetRatio,
        checks: notes,
        pageFloors: pageFloors.map((f) => ({ name: f.name, path: f.result.path, p95Ms: f.result.latencyMs.p95 })),
        rounds: byRound.map((results) => results.map((r) => ({ name: r.name, requests: r.requests, p95Ms: r.latencyMs.p95 }))),
        results: measured.map((r) => ({
          ...r,
          p95OverFloor: Number(ratio(r).toFixed(3)),
          p95OverPageFloors: Object.fromEntries(pageFloors.map((f) => [f.short, Number(f.ratio(r).toFixed(3))])),
        })),
      },
      { [`${spec.name}.svg`]: svg },
    );
  } finally {
    await server.stop();
  }
}

/** One target's rounds as one result: samples, responses and statuses added up. */
function pool(results: LoadResult[]): LoadResult {
  const first = results[0]!;
  const samples = results.flatMap((r) => r.samples);
  const durationS = results.reduce((sum, r) => sum + r.durationS, 0);
  const statuses: Record<string, number> = {};
  for (const r of results) for (const [status, n] of Object.entries(r.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  const peaks = results.map((r) => r.peakServerRssMiB).filter((m): m is number => m !== null);
  return {
    ...first,
    durationS,
    requests: samples.length,
    reqPerSec: samples.length / durationS,
    latencyMs: summarize(samples),
    statuses,
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
    meanBytes: results.reduce((sum, r) => sum + r.meanBytes * r.requests, 0) / (samples.length || 1),
    peakServerRssMiB: peaks.length ? Math.max(...peaks) : null,
    samples,
  };
}
