// `npm run bench:sqlite-writers [-- --processes 3 --concurrency 4 --operations 400]`
// Several processes (an app server, a script, a second server by mistake) reading and writing one
// SQLite file at once, each with several requests in flight, the way the app's data layer does:
// reads, plain writes, transactions that read and then write, and transactions that fail and roll
// back. Run once with Prisma's own better-sqlite3 adapter and once with lib/sqlite-adapter.ts, on
// fresh copies of the same database, and count what went wrong: operations that failed, and
// writes that were acknowledged but are not in the file. (Reads of uncommitted rows are shown by
// tests/unit/sqlite-adapter.test.ts; here they are too rare to count.)
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { z } from "zod";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { sqliteAdapter } from "../lib/sqlite-adapter";
import { seedDatabase } from "../prisma/seed-core";
import { barChartSvg, SERIES_COLORS } from "./lib/chart";
import { summarize } from "./lib/load";
import { applyMigrations } from "./lib/migrations";
import { createRng } from "./lib/random";
import { printTable, writeResults } from "./lib/results";

const ADAPTERS = ["prisma", "accord"] as const;
type AdapterName = (typeof ADAPTERS)[number];

const options = z
  .object({
    processes: z.coerce.number().int().min(1).max(16).default(3),
    concurrency: z.coerce.number().int().min(1).max(64).default(4),
    operations: z.coerce.number().int().min(10).max(100_000).default(400),
    worker: z.enum(ADAPTERS).optional(),
    index: z.coerce.number().int().min(0).default(0),
    file: z.string().optional(),
  })
  .parse(
    parseArgs({
      options: {
        processes: { type: "string" },
        concurrency: { type: "string" },
        operations: { type: "string" },
        worker: { type: "string" },
        index: { type: "string" },
        file: { type: "string" },
      },
    }).values,
  );

/** What one worker process did, sent to the parent when it ends. */
type WorkerReport = {
  ok: number;
  failures: Record<string, number>;
  /** Writes whose promise resolved: they must be in the file afterwards. */
  acknowledged: { transaction: number; plain: number };
  transactionMs: number[];
  elapsedMs: number;
};

const DOOMED = "bench.doomed";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function client(adapter: AdapterName, file: string): PrismaClient {
  return new PrismaClient({ adapter: adapter === "prisma" ? new PrismaBetterSQLite3({ url: file }) : sqliteAdapter(file) });
}

const event = (action: string) => ({ data: { action, entityType: "bench", entityId: String(process.pid) } });

async function runWorker(adapter: AdapterName, file: string): Promise<WorkerReport> {
  const db = client(adapter, file);
  const agreements = await db.agreement.findMany({ select: { id: true } });
  const report: WorkerReport = { ok: 0, failures: {}, acknowledged: { transaction: 0, plain: 0 }, transactionMs: [], elapsedMs: 0 };
  const perLoop = Math.ceil(options.operations / options.concurrency);
  const started = performance.now();

  // Each request in flight draws its next operation from its own seeded sequence, so that at any
  // moment they are doing different things, and two runs draw the same operations.
  async function operation(kind: number, i: number): Promise<void> {
    if (kind < 11) {
      // A page's read.
      await db.agreement.findMany({ take: 20, orderBy: { reference: "asc" }, select: { id: true, reference: true } });
    } else if (kind < 16) {
      // A save: read the current state, then write (status update, user creation, …).
      const t = performance.now();
      await db.$transaction(async (tx) => {
        await tx.agreement.findUnique({ where: { id: agreements[i % agreements.length].id }, select: { version: true } });
        await sleep(1);
        await tx.auditEvent.create(event("bench.transaction"));
      });
      report.transactionMs.push(performance.now() - t);
      report.acknowledged.transaction++;
    } else if (kind < 19) {
      // A plain write outside any transaction (e.g. a failed sign-in counted).
      await db.auditEvent.create(event("bench.plain"));
      report.acknowledged.plain++;
    } else {
      // A save refused half-way (a stale version, a validation rule): it must leave nothing.
      await db
        .$transaction(async (tx) => {
          await tx.auditEvent.create(event(DOOMED));
          await sleep(2);
          throw new Error("refused");
        })
        .catch((error: unknown) => {
          if (!(error instanceof Error && error.message === "refused")) throw error;
        });
    }
  }

  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, loop) => {
      const rng = createRng(options.index * 64 + loop);
      for (let n = 0; n < perLoop; n++) {
        try {
          await operation(rng.int(0, 19), n);
          report.ok++;
        } catch (error) {
          const code = (error as { code?: string }).code ?? (error as Error).name;
          report.failures[code] = (report.failures[code] ?? 0) + 1;
        }
      }
    }),
  );
  report.elapsedMs = performance.now() - started;
  await db.$disconnect();
  return report;
}

if (options.worker && options.file) {
  const report = await runWorker(options.worker, options.file);
  process.send?.(report);
  process.exit(0);
}

// ---- the parent: one fresh database per adapter, the workers on it, then what is in the file.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-writers-"));
const template = path.join(dir, "template.db");
{
  const sqlite = new Database(template);
  applyMigrations(sqlite);
  sqlite.close();
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: template }) });
  await seedDatabase(db, { demo: false });
  await db.$disconnect();
}

type Outcome = {
  adapter: AdapterName;
  operations: number;
  opsPerSecond: number;
  failed: number;
  failures: Record<string, number>;
  lostWrites: number;
  /** Rows of transactions that always roll back, found in the file: must be 0. */
  rolledBackRowsLeft: number;
  transactionP95Ms: number;
};

const outcomes: Outcome[] = [];
for (const adapter of ADAPTERS) {
  const file = path.join(dir, `${adapter}.db`);
  fs.copyFileSync(template, file);
  console.log(`${adapter === "prisma" ? "Prisma's better-sqlite3 adapter" : "lib/sqlite-adapter.ts"}: ${options.processes} processes x ${options.concurrency} requests in flight, ${options.operations} operations each…`);
  const reports = await Promise.all(
    Array.from(
      { length: options.processes },
      (_, index) =>
        new Promise<WorkerReport>((resolve, reject) => {
          const args = ["--worker", adapter, "--index", String(index), "--file", file];
          const child = fork(process.argv[1], [...args, "--concurrency", String(options.concurrency), "--operations", String(options.operations)], {
            execArgv: process.execArgv,
          });
          let report: WorkerReport | undefined;
          child.on("message", (message) => (report = message as WorkerReport));
          child.on("exit", (code) => (report ? resolve(report) : reject(new Error(`a worker exited (${code}) without a report`))));
        }),
    ),
  );
  const sqlite = new Database(file, { readonly: true });
  const count = (action: string) => (sqlite.prepare('SELECT count(*) AS n FROM "AuditEvent" WHERE "action" = ?').get(action) as { n: number }).n;
  const stored = { transaction: count("bench.transaction"), plain: count("bench.plain"), doomed: count(DOOMED) };
  sqlite.close();
  const sum = (f: (r: WorkerReport) => number) => reports.reduce((total, r) => total + f(r), 0);
  const failures: Record<string, number> = {};
  for (const r of reports) for (const [code, n] of Object.entries(r.failures)) failures[code] = (failures[code] ?? 0) + n;
  const acknowledged = sum((r) => r.acknowledged.transaction + r.acknowledged.plain);
  outcomes.push({
    adapter,
    operations: sum((r) => r.ok) + sum((r) => Object.values(r.failures).reduce((a, b) => a + b, 0)),
    opsPerSecond: sum((r) => r.ok) / (Math.max(...reports.map((r) => r.elapsedMs)) / 1000),
    failed: Object.values(failures).reduce((a, b) => a + b, 0),
    failures,
    lostWrites: Math.max(0, acknowledged - stored.transaction - stored.plain),
    rolledBackRowsLeft: stored.doomed,
    transactionP95Ms: summarize(reports.flatMap((r) => r.transactionMs)).p95,
  });
}
fs.rmSync(dir, { recursive: true, force: true });

console.log("");
printTable(
  outcomes.map((o) => ({
    adapter: o.adapter === "prisma" ? "Prisma's adapter" : "lib/sqlite-adapter.ts",
    operations: o.operations,
    "ok/s": o.opsPerSecond,
    failed: o.failed,
    "failed as": Object.entries(o.failures).map(([code, n]) => `${code} x${n}`).join(", ") || "-",
    "lost writes": o.lostWrites,
    "rolled-back rows left": o.rolledBackRowsLeft,
    "save p95 ms": o.transactionP95Ms,
  })),
);

const labels = ["failed operations", "acknowledged writes lost"];
writeResults(
  "sqlite-writers",
  { options: { processes: options.processes, concurrency: options.concurrency, operations: options.operations }, date: new Date().toISOString(), cpus: os.cpus().length, outcomes },
  {
    "sqlite-writers.svg": barChartSvg({
      title: "One SQLite file, several processes writing at once",
      subtitle: `${options.processes} processes x ${options.concurrency} requests in flight x ${options.operations} operations; fewer is better`,
      axisLabel: "count",
      series: [
        { name: "Prisma's adapter", color: SERIES_COLORS[1] },
        { name: "Accord's adapter", color: SERIES_COLORS[0] },
      ],
      groups: labels.map((label, i) => ({
        label,
        values: outcomes.map((o) => [o.failed, o.lostWrites][i]),
      })),
      format: (v) => v.toFixed(0),
    }),
  },
);
