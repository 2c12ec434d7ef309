// `npm run bench:generate [-- --agreements 10000 --updates 100000 --milestones 30000 --database file:./data/bench.db]`
// Builds a fresh benchmark database: migrations, the real package with demo accounts (to log in),
// then a synthetic portfolio. Never the demo or e2e database: those paths are refused.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "../lib/database-url";
import { applyMigrations } from "./lib/migrations";
import { addSyntheticPortfolio, type PortfolioSize } from "./lib/portfolio";
import { verifyPortfolio } from "./lib/verify-portfolio";

const count = (fallback: number) => z.coerce.number().int().min(0).max(10_000_000).default(fallback);
const argsSchema = z
  .object({
    agreements: count(10_000).refine((n) => n >= 1, "expects at least 1"),
    updates: count(100_000),
    milestones: count(30_000),
    seed: count(20251022),
    database: z.string().startsWith("file:").default("file:./data/bench.db"),
  })
  .refine((a) => a.updates >= a.agreements, { message: "--updates must be at least --agreements (one initial update each)" });

const { values } = parseArgs({
  options: {
    agreements: { type: "string" },
    updates: { type: "string" },
    milestones: { type: "string" },
    seed: { type: "string" },
    database: { type: "string" },
  },
});
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => `--${i.path.join(".") || "arguments"}: ${i.message}`).join("\n"));
  process.exit(2);
}
const args = parsed.data;
const file = sqliteFilePath(args.database);
const protectedFiles = [DEFAULT_DATABASE_URL, "file:./data/e2e.db", process.env.E2E_DATABASE_URL]
  .filter((u): u is string => Boolean(u))
  .map(sqliteFilePath);
if (protectedFiles.includes(file)) {
  console.error(`Refusing to overwrite ${file}: it is the demo or e2e database. Use e.g. --database file:./data/bench.db`);
  process.exit(2);
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const size: PortfolioSize = { agreements: args.agreements, updates: args.updates, milestones: args.milestones };
console.log(`Generating ${fmt(size.agreements)} agreements, ${fmt(size.updates)} status updates, ${fmt(size.milestones)} milestones into ${file}`);

for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
fs.mkdirSync(path.dirname(file), { recursive: true });
const migrator = new Database(file);
const applied = applyMigrations(migrator);
migrator.close();
console.log(`migrations applied: ${applied.join(", ")} (${seconds()} s)`);

// The real package first, through the same code as `npm run demo`, so demo logins work.
process.env.DATABASE_URL = args.database;
// Without AUTH_SECRET the seed gives the demo admin no second factor (prisma/seed-core.ts): the
// bench server signs in with the password alone (REQUIRE_2FA=none, bench/lib/server.ts).
delete process.env.AUTH_SECRET;
const { prismaClient } = await import("../lib/prisma-client");
const { seedDatabase } = await import("../prisma/seed-core");
const seeder = prismaClient(args.database);
const seeded = await seedDatabase(seeder, { demo: true });
await seeder.$disconnect();
console.log(`real package seeded: ${seeded.agreementsCreated} agreements, ${seeded.demoAccounts.length} demo accounts (${seconds()} s)`);

const sqlite = new Database(file);
// A throwaway file: skipping fsync per transaction is safe enough and several times faster.
sqlite.pragma("synchronous = OFF");
addSyntheticPortfolio(sqlite, size, {
  seed: args.seed,
  onProgress: (done, target) =>
    console.log(
      `agreements ${fmt(done.agreements)}/${fmt(target.agreements)}  updates ${fmt(done.updates)}/${fmt(target.updates)}  ` +
        `milestones ${fmt(done.milestones)}/${fmt(target.milestones)}  (${(done.elapsedMs / 1000).toFixed(1)} s)`,
    ),
});
const tables = ["Agreement", "AgreementParty", "ChallengeAssessment", "StatusUpdate", "StatusUpdateAssessment", "Milestone"];
const counts = tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n] as const);
sqlite.close();

// Read back through the Prisma client to prove the stored representation is what Prisma expects.
const reader = prismaClient(args.database);
try {
  const checked = await verifyPortfolio(reader);
  console.log(`verified through Prisma: ${checked}`);
  // The rows above were written around the data layer: the dashboard's counts are written again.
  const { rebuildDashboardTallies } = await import("../lib/data/dashboard-tally");
  const tallied = await rebuildDashboardTallies(reader, ({ done, total }) => {
    if (done === total || done % 10_000 === 0) console.log(`dashboard counts: ${fmt(done)}/${fmt(total)} agreements (${seconds()} s)`);
  });
  console.log(`dashboard counts: ${fmt(tallied.rows)} rows (${seconds()} s)`);
} finally {
  await reader.$disconnect();
}
console.log(counts.map(([t, n]) => `${t}: ${fmt(n)}`).join(", "));
console.log(`Done in ${seconds()} s; ${(fs.statSync(file).size / 1048576).toFixed(1)} MiB at ${file}`);

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}
