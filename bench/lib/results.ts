// Printing and saving benchmark figures: a plain-text table on stdout, and JSON + SVG files in
// bench/results/ (committed, so that figures can be compared across changes).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, describeDatabaseUrl, sqliteFilePath } from "../../lib/database-url";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "../results");

export type Conditions = {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  loadAverage1m: { before: number; after?: number };
  commit: string;
  database: { url: string; agreements: number; statusUpdates: number; milestones: number };
};

export async function conditions(databaseUrl: string): Promise<Conditions> {
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage1m: { before: os.loadavg()[0] },
    commit: commit ? `${commit} (+ uncommitted work in the tree)` : "unknown",
    database: { url: describeDatabaseUrl(databaseUrl), ...(await databaseCounts(databaseUrl)) },
  };
}

/** How big the portfolio in a benchmark database is (SQLite file or PostgreSQL). */
export async function databaseCounts(databaseUrl: string) {
  const tables = { agreements: "Agreement", statusUpdates: "StatusUpdate", milestones: "Milestone" } as const;
  const counts = { agreements: 0, statusUpdates: 0, milestones: 0 };
  if (databaseProvider(databaseUrl) === "postgresql") {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const [key, table] of Object.entries(tables) as [keyof typeof counts, string][]) {
        counts[key] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
      }
    } catch (error) {
      throw new Error(`${describeDatabaseUrl(databaseUrl)}: ${String(error)}; run npm run bench:to-postgres first`);
    } finally {
      await client.end();
    }
    return counts;
  }
  const file = sqliteFilePath(databaseUrl);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} does not exist: run npm run bench:generate first`);
  }
  const db = new Database(file, { readonly: true });
  try {
    for (const [key, table] of Object.entries(tables) as [keyof typeof counts, string][]) {
      counts[key] = (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    }
    return counts;
  } finally {
    db.close();
  }
}

export function printTable(rows: readonly Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const cell = (v: string | number | undefined) => (typeof v === "number" ? fmt(v) : (v ?? ""));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join("  ");
  console.log(line(columns));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c]))));
}

export const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v >= 100 ? v.toFixed(0) : v.toFixed(1));

export function writeResults(name: string, data: unknown, charts: Record<string, string>): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const json = JSON.stringify(data, (key, value: unknown) => (key === "samples" ? undefined : value), 2);
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.json`), json + "\n");
  for (const [file, svg] of Object.entries(charts)) fs.writeFileSync(path.join(RESULTS_DIR, file), svg);
  const files = [`${name}.json`, ...Object.keys(charts)].map((f) => path.join("bench/results", f));
  console.log(`\nWrote ${files.join(", ")}`);
}
