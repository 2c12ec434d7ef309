// `npm run bench:exports [-- --databases file:./data/bench-1k.db,file:./data/bench.db --formats csv,xlsx,pdf --repeat 3 --heap-limit 128 --port 3302 --skip-build]`
// Issue 5: time and peak server memory of the CSV, XLSX and PDF exports at several portfolio sizes
// (1,000 and 10,000 agreements by default), to show whether memory grows with the row count.
// A missing data/bench-<N>k.db is generated with N x 1,000 agreements (10 updates, 3 milestones each).
// Target: the CSV and XLSX exports' memory does not grow with the row count.
import fs from "node:fs";
import os from "node:os";
import { spawnSync } from "node:child_process";
import { z } from "zod";
import { sqliteFilePath } from "../lib/database-url";
import { barChartSvg, SERIES_COLORS } from "./lib/chart";
import { benchOptions } from "./lib/cli";
import { mib, sampleRss } from "./lib/memory";
import { conditions, databaseCounts, fmt, printTable, writeResults } from "./lib/results";
import { buildApp, login, startServer } from "./lib/server";

const ALL_FORMATS = [
  { format: "csv", path: "/api/exports/agreements?format=csv", empty: "&q=zz-no-such-agreement-zz" },
  { format: "xlsx", path: "/api/exports/agreements?format=xlsx", empty: "&q=zz-no-such-agreement-zz" },
  { format: "pdf", path: "/api/reports/status?format=pdf", empty: "&visit=nosuchvisit0" },
] as const;

const { options, rest } = benchOptions(
  { databases: { type: "string" }, repeat: { type: "string" }, formats: { type: "string" }, "heap-limit": { type: "string" } },
  { port: 3302 },
);
const wanted = typeof rest.formats === "string" ? rest.formats.split(",") : ALL_FORMATS.map((f) => f.format);
const FORMATS = ALL_FORMATS.filter((f) => wanted.includes(f.format));
if (FORMATS.length === 0) {
  console.error("--formats: expects a comma-separated list of csv, xlsx, pdf");
  process.exit(2);
}
const urls = z
  .array(z.string().startsWith("file:"))
  .min(2)
  .catch(["file:./data/bench-1k.db", options.database])
  .parse(typeof rest.databases === "string" ? rest.databases.split(",") : undefined);
const repeat = z.coerce.number().int().min(1).max(10).catch(3).parse(rest.repeat ?? 3);
// With a small V8 heap cap, an export that held every row would run out of memory at the larger
// sizes; one that streams completes with the same growth at every size.
const heapLimitMiB = z.coerce.number().int().min(32).max(8192).optional().catch(undefined).parse(rest["heap-limit"]);
const resultName = heapLimitMiB ? `exports-heap-${heapLimitMiB}` : "exports";

for (const url of urls) {
  const thousands = /bench-(\d+)k\.db$/.exec(url)?.[1];
  if (fs.existsSync(sqliteFilePath(url)) || !thousands) continue;
  const n = Number(thousands) * 1000;
  console.log(`${url} is missing: generating ${n} agreements into it…`);
  const args = ["--agreements", n, "--updates", n * 10, "--milestones", n * 3, "--database", url].map(String);
  const gen = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "bench/generate.ts", ...args], { stdio: "inherit" });
  if (gen.status !== 0) process.exit(1);
}
const databases = (await Promise.all(urls.map(async (url) => ({ url, ...(await databaseCounts(url)) })))).sort(
  (a, b) => a.agreements - b.agreements,
);
const conds = await conditions(options.database);
if (options.build) buildApp(options.database);

type Run = { firstChunkMs: number; totalMs: number; bytes: number; peak: number; status: number; rows: string | null };
type Measurement = {
  format: string;
  agreements: number;
  status: number;
  rowsHeader: string | null;
  bytes: number;
  firstChunkMs: number;
  totalMs: number;
  baselineMiB: number;
  peakMiB: number;
  growthMiB: number;
  runs: Run[];
};

/** One download, read to the end; status 0 when the connection failed (e.g. the server died). */
async function download(url: string, cookie: string, pid: number): Promise<Run> {
  const sampler = sampleRss(pid);
  const started = performance.now();
  let firstChunkMs = Number.NaN;
  let bytes = 0;
  let status = 0;
  let rows: string | null = null;
  try {
    const res = await fetch(url, { headers: { cookie } });
    status = res.status;
    rows = res.headers.get("x-total-rows");
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (Number.isNaN(firstChunkMs)) firstChunkMs = performance.now() - started;
      bytes += value.byteLength;
    }
  } catch (error) {
    console.log(`  download failed after ${(bytes / 1024).toFixed(0)} KiB: ${error instanceof Error ? error.message : String(error)}`);
    status = 0;
  }
  const totalMs = performance.now() - started;
  const { peak } = sampler.stop();
  return { firstChunkMs, totalMs, bytes, peak, status, rows };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const measurements: Measurement[] = [];
for (const db of databases) {
  for (const f of FORMATS) {
    // A fresh server per format and size: RSS rarely shrinks, so an earlier export would hide the next one's growth.
    const server = await startServer({ databaseUrl: db.url, port: options.port, heapLimitMiB });
    try {
      const cookie = await login(server.baseUrl);
      // Loads the route's modules (exceljs, pdfkit, fonts) so their one-off cost is not counted as growth.
      const warm = await download(server.baseUrl + f.path + f.empty, cookie, server.pid);
      const baseline = server.rss();
      console.log(`${f.format} @ ${fmt(db.agreements)} agreements: warm-up HTTP ${warm.status}, baseline RSS ${mib(baseline).toFixed(0)} MiB`);
      const runs: Run[] = [];
      for (let i = 0; i < repeat; i++) {
        const run = await download(server.baseUrl + f.path, cookie, server.pid);
        console.log(`  run ${i + 1}: HTTP ${run.status}, ${(run.bytes / 1024).toFixed(0)} KiB, first chunk ${run.firstChunkMs.toFixed(0)} ms, done ${run.totalMs.toFixed(0)} ms, peak RSS ${mib(run.peak).toFixed(0)} MiB`);
        runs.push(run);
      }
      const peak = Math.max(...runs.map((r) => r.peak));
      measurements.push({
        format: f.format,
        agreements: db.agreements,
        // Any failed download marks the measurement (a crash under --heap-limit must not hide).
        status: runs.find((r) => r.status !== 200)?.status ?? 200,
        rowsHeader: runs[0].rows,
        bytes: runs[0].bytes,
        firstChunkMs: median(runs.map((r) => r.firstChunkMs)),
        totalMs: median(runs.map((r) => r.totalMs)),
        baselineMiB: mib(baseline),
        peakMiB: mib(peak),
        growthMiB: mib(peak - baseline),
        runs,
      });
    } finally {
      await server.stop();
    }
  }
}
conds.loadAverage1m.after = os.loadavg()[0];

console.log("");
printTable(
  measurements.map((m) => ({
    format: m.format,
    agreements: m.agreements,
    HTTP: m.status,
    "rows (X-Total-Rows)": m.rowsHeader ?? "-",
    KiB: Math.round(m.bytes / 1024),
    "first chunk ms": m.firstChunkMs,
    "total ms (median)": m.totalMs,
    "baseline MiB": m.baselineMiB,
    "peak MiB": m.peakMiB,
    "growth MiB": m.growthMiB,
  })),
);
const sizes = databases.map((d) => d.agreements);
console.log(`\nMemory growth above the warmed-up baseline, by size (${sizes.map(fmt).join(" -> ")} agreements):`);
for (const f of FORMATS) {
  const ms = sizes.map((n) => measurements.find((m) => m.format === f.format && m.agreements === n)!);
  if (ms.some((m) => m.status !== 200)) {
    console.log(`  ${f.format}: not measured (HTTP ${ms.map((m) => m.status).join("/")})`);
    continue;
  }
  console.log(`  ${f.format}: growth ${ms.map((m) => `${m.growthMiB.toFixed(0)} MiB`).join(" -> ")}; time ${ms.map((m) => `${fmt(m.totalMs)} ms`).join(" -> ")}`);
}

const series = sizes.map((n, i) => ({ name: `${n.toLocaleString("en-US")} agreements`, color: SERIES_COLORS[i % SERIES_COLORS.length] }));
const valueOf = (format: string, n: number, pick: (m: Measurement) => number) => {
  const m = measurements.find((x) => x.format === format && x.agreements === n);
  return m && m.status === 200 ? pick(m) : null;
};
const subtitle = `next start${heapLimitMiB ? ` --max-old-space-size=${heapLimitMiB}` : ""} · ${conds.cpus} cores · ${repeat} downloads each (time: median; memory: highest peak) · fresh server per format and size · ${conds.date.slice(0, 10)}`;
writeResults(
  resultName,
  { conditions: conds, databases, repeat, heapLimitMiB: heapLimitMiB ?? null, measurements },
  {
    [`${resultName}-time.svg`]: barChartSvg({
      title: "Export time by format and portfolio size",
      subtitle,
      axisLabel: "time to download the whole file (ms), lower is better",
      series,
      groups: FORMATS.map((f) => ({ label: f.format.toUpperCase(), values: sizes.map((n) => valueOf(f.format, n, (m) => m.totalMs)) })),
      format: (v) => v.toFixed(0),
      unit: "ms",
    }),
    [`${resultName}-memory.svg`]: barChartSvg({
      title: "Server memory growth during an export",
      subtitle,
      axisLabel: "peak RSS above the warmed-up server's baseline (MiB), lower is better",
      series,
      groups: FORMATS.map((f) => ({ label: f.format.toUpperCase(), values: sizes.map((n) => valueOf(f.format, n, (m) => m.growthMiB)) })),
      format: (v) => v.toFixed(0),
      unit: "MiB",
      footnote: "RSS of next start and its child processes, sampled every 50 ms from /proc. Flat bars across sizes = memory does not grow with rows.",
    }),
  },
);
