// `npm run bench:documents [-- --database file:./data/bench-docs.db --sizes 1,10,25 --repeat 3 --port 3303 --skip-build]`
// Issue 14: time and the server's peak memory to upload and to download documents of 1, 10 and
// 25 MB (PDF content), to show that memory does not grow with the file size (the upload is
// spooled to a temporary file and stored in 256 KiB chunks; the download streams chunk by chunk).
// A missing database is generated with 100 agreements. Each size gets a fresh server.
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

const { options, rest } = benchOptions({ sizes: { type: "string" }, repeat: { type: "string" } }, { port: 3303 });
const database = rest.database ? options.database : "file:./data/bench-docs.db";
const sizes = z
  .array(z.coerce.number().int().min(1).max(1024))
  .min(1)
  .catch([1, 10, 25])
  .parse(typeof rest.sizes === "string" ? rest.sizes.split(",") : undefined);
const repeat = z.coerce.number().int().min(1).max(10).catch(3).parse(rest.repeat ?? 3);

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
type Measurement = { mb: number; direction: "upload" | "download"; status: number; ms: number; baselineMiB: number; peakMiB: number; growthMiB: number };
const measurements: Measurement[] = [];

for (const mb of sizes) {
  const server = await startServer({ databaseUrl: database, port: options.port, env: { UPLOAD_MAX_MB: String(Math.max(...sizes) + 1) } });
  try {
    const cookie = await login(server.baseUrl);
    const url = (name: string) => `${server.baseUrl}/api/agreements/${reference}/documents?name=${name}`;
    // Warm-up: loads the routes' modules so their one-off cost is not counted as growth.
    const warm = pdfOf(4096);
    const warmId = ((await (await fetch(url("warm.pdf"), { method: "POST", headers: { cookie }, body: warm })).json()) as { id: string }).id;
    await (await fetch(`${server.baseUrl}/api/documents/${warmId}`, { headers: { cookie } })).arrayBuffer();
    const baseline = server.rss();
    const uploads: Run[] = [];
    const downloads: Run[] = [];
    for (let i = 0; i < repeat; i++) {
      const file = pdfOf(mb * 1_000_000);
      const expected = createHash("sha256").update(file).digest("hex");
      let id = "";
      uploads.push(
        await timed(server.pid, async () => {
          const res = await fetch(url(`bench-${mb}mb-${i}.pdf`), { method: "POST", headers: { cookie }, body: file });
          const body = (await res.json()) as { id?: string; sha256?: string };
          id = body.id ?? "";
          return { status: res.status, sha256Ok: body.sha256 === expected };
        }),
      );
      downloads.push(
        await timed(server.pid, async () => {
          const res = await fetch(`${server.baseUrl}/api/documents/${id}`, { headers: { cookie } });
          const hash = createHash("sha256");
          const reader = res.body!.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            hash.update(value);
          }
          return { status: res.status, sha256Ok: hash.digest("hex") === expected };
        }),
      );
      const last = [uploads.at(-1)!, downloads.at(-1)!];
      console.log(`${mb} MB run ${i + 1}: upload HTTP ${last[0]!.status} ${last[0]!.ms.toFixed(0)} ms (sha ${last[0]!.sha256Ok ? "ok" : "WRONG"}), download HTTP ${last[1]!.status} ${last[1]!.ms.toFixed(0)} ms (sha ${last[1]!.sha256Ok ? "ok" : "WRONG"})`);
    }
    for (const [direction, runs] of [["upload", uploads], ["download", downloads]] as const) {
      const peak = Math.max(...runs.map((r) => r.peak));
      measurements.push({
        mb,
        direction,
        status: runs.find((r) => r.status !== (direction === "upload" ? 201 : 200) || !r.sha256Ok)?.status ?? (direction === "upload" ? 201 : 200),
        ms: median(runs.map((r) => r.ms)),
        baselineMiB: mib(baseline),
        peakMiB: mib(peak),
        growthMiB: mib(peak - baseline),
      });
    }
  } finally {
    await server.stop();
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
writeResults("documents", { conditions: conds, database, reference, repeat, measurements }, {});
