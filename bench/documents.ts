// `npm run bench:documents [-- --database file:./data/bench-docs.db --sizes 1,10,25 --repeat 3 --heap-limit 64 --port 3303 --skip-build]`
// Issue 14: time and the server's peak memory to upload and to download documents of 1, 10 and
// 25 MB (PDF content), to show that memory does not grow with the file size (the upload is
// spooled to a temporary file and stored in 256 KiB chunks; the download streams chunk by chunk).
// A missing database is generated with 100 agreements. Each size and direction gets a fresh server.
import fs from "node:fs";
import os from "node:os";
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { sqliteFilePath } from "../lib/database-url";
import { prismaClient } from "../lib/prisma-client";
import { benchOptions } from "./lib/cli";
import { mib, sampleRss } from "./lib/memory";
import { conditions, fmt, printTable, writeResults } from "./lib/results";
import { buildApp, login, startServer } from "./lib/server";

const { options, rest } = benchOptions({ sizes: { type: "string" }, repeat: { type: "string" }, "heap-limit": { type: "string" } }, { port: 3303 });
const database = rest.database ? options.database : "file:./data/bench-docs.db";
const sizes = z
  .array(z.coerce.number().int().min(1).max(1024))
  .min(1)
  .catch([1, 10, 25])
  .parse(typeof rest.sizes === "string" ? rest.sizes.split(",") : undefined);
const repeat = z.coerce.number().int().min(1).max(10).catch(3).parse(rest.repeat ?? 3);
// With a V8 heap cap far below what holding a file (and its copies) would need, a server that
// buffered uploads or downloads would fail at the larger sizes; a streaming one completes.
const heapLimitMiB = z.coerce.number().int().min(32).max(8192).optional().catch(undefined).parse(rest["heap-limit"]);

if (!fs.existsSync(sqliteFilePath(database))) {
  console.log(`${database} is missing: generating 100 agreements into it…`);
  const args = ["--agreements", "100", "--updates", "1000", "--milestones", "300", "--database", database];
  const gen = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "bench/generate.ts", ...args], { stdio: "inherit" });
  if (gen.status !== 0) process.exit(1);
}
const db = prismaClient(database);
const { reference } = await db.agreement.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { reference: "asc" }, select: { reference: true } });
await db.$disconnect();
const conds = await conditions(database);
if (options.build) buildApp(database);

/** A PDF of `bytes` (random content after the header: each run's file is new, so nothing is de-duplicated). */
function pdfOf(bytes: number): Uint8Array<ArrayBuffer> {
  const head = Buffer.from("%PDF-1.7\n", "latin1");
  const out = new Uint8Array(bytes);
  out.set(head);
  out.set(randomBytes(bytes - head.length), head.length);
  return out;
}

type Run = { ms: number; peak: number; status: number; sha256Ok: boolean };

async function timed(pid: number, work: () => Promise<{ status: number; sha256Ok: boolean }>): Promise<Run> {
  const sampler = sampleRss(pid);
  const started = performance.now();
  const outcome = await work().catch((error: unknown) => {
    console.log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 0, sha256Ok: false };
  });
  const ms = performance.now() - started;
  return { ms, peak: sampler.stop().peak, ...outcome };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Direction = "upload" | "download";
type Measurement = { mb: number; direction: Direction; status: number; ms: number; baselineMiB: number; peakMiB: number; growthMiB: number };
const measurements: Measurement[] = [];
const serverEnv = { UPLOAD_MAX_MB: String(Math.max(...sizes) + 1) };

/** A fresh server, signed in and warmed up (the routes' modules loaded): RSS rarely shrinks, so each measurement gets its own. */
async function warmServer() {
  const server = await startServer({ databaseUrl: database, port: options.port, heapLimitMiB, env: serverEnv });
  const cookie = await login(server.baseUrl);
  const uploadUrl = (name: string) => `${server.baseUrl}/api/agreements/${reference}/documents?name=${name}`;
  const warm = await fetch(uploadUrl(`warm-${Date.now()}.pdf`), { method: "POST", headers: { cookie }, body: pdfOf(300_000) });
  const { id } = (await warm.json()) as { id: string };
  await (await fetch(`${server.baseUrl}/api/documents/${id}`, { headers: { cookie } })).arrayBuffer();
  return { server, cookie, uploadUrl };
}

async function measure(mb: number, direction: Direction, runs: Run[], baseline: number) {
  const ok = direction === "upload" ? 201 : 200;
  const peak = Math.max(...runs.map((r) => r.peak));
  measurements.push({
    mb,
    direction,
    status: runs.find((r) => r.status !== ok || !r.sha256Ok)?.status ?? ok,
    ms: median(runs.map((r) => r.ms)),
    baselineMiB: mib(baseline),
    peakMiB: mib(peak),
    growthMiB: mib(peak - baseline),
  });
}

for (const mb of sizes) {
  const files = Array.from({ length: repeat }, () => pdfOf(mb * 1_000_000));
  const expected = files.map((f) => createHash("sha256").update(f).digest("hex"));
  const ids: string[] = [];
  // Uploads on one fresh server...
  const up = await warmServer();
  try {
    const baseline = up.server.rss();
    const runs: Run[] = [];
    for (const [i, file] of files.entries()) {
      runs.push(
        await timed(up.server.pid, async () => {
          const res = await fetch(up.uploadUrl(`bench-${mb}mb-${Date.now()}-${i}.pdf`), { method: "POST", headers: { cookie: up.cookie }, body: file });
          const body = (await res.json()) as { id?: string; sha256?: string };
          ids.push(body.id ?? "");
          return { status: res.status, sha256Ok: body.sha256 === expected[i] };
        }),
      );
      console.log(`${mb} MB upload ${i + 1}: HTTP ${runs.at(-1)!.status}, ${runs.at(-1)!.ms.toFixed(0)} ms, SHA-256 ${runs.at(-1)!.sha256Ok ? "ok" : "WRONG"}, peak RSS ${mib(runs.at(-1)!.peak).toFixed(0)} MiB`);
    }
    await measure(mb, "upload", runs, baseline);
  } finally {
    await up.server.stop();
  }
  // ...downloads of the same files on another.
  const down = await warmServer();
  try {
    const baseline = down.server.rss();
    const runs: Run[] = [];
    for (const [i, id] of ids.entries()) {
      runs.push(
        await timed(down.server.pid, async () => {
          const res = await fetch(`${down.server.baseUrl}/api/documents/${id}`, { headers: { cookie: down.cookie } });
          const hash = createHash("sha256");
          const reader = res.body!.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            hash.update(value);
          }
          return { status: res.status, sha256Ok: hash.digest("hex") === expected[i] };
        }),
      );
      console.log(`${mb} MB download ${i + 1}: HTTP ${runs.at(-1)!.status}, ${runs.at(-1)!.ms.toFixed(0)} ms, SHA-256 ${runs.at(-1)!.sha256Ok ? "ok" : "WRONG"}, peak RSS ${mib(runs.at(-1)!.peak).toFixed(0)} MiB`);
    }
    await measure(mb, "download", runs, baseline);
  } finally {
    await down.server.stop();
  }
}
conds.loadAverage1m.after = os.loadavg()[0];

console.log("");
printTable(
  measurements.map((m) => ({
    MB: m.mb,
    direction: m.direction,
    HTTP: m.status,
    "time ms (median)": m.ms,
    "MB/s": (m.mb * 1000) / m.ms,
    "baseline MiB": m.baselineMiB,
    "peak MiB": m.peakMiB,
    "growth MiB": m.growthMiB,
  })),
);
for (const direction of ["upload", "download"] as const) {
  const ms = measurements.filter((m) => m.direction === direction);
  console.log(`  ${direction}: growth ${ms.map((m) => `${fmt(m.growthMiB)} MiB`).join(" -> ")} for ${ms.map((m) => `${m.mb} MB`).join(" -> ")}`);
}
writeResults(heapLimitMiB ? `documents-heap-${heapLimitMiB}` : "documents", { conditions: conds, database, reference, repeat, heapLimitMiB: heapLimitMiB ?? null, measurements }, {});
