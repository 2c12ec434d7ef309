// `npm run test:postgres`: the PostgreSQL side, the production option. First checks that a SQLite
// database copies to PostgreSQL exactly (npm run db:to-postgres; tests/unit/copy-to-postgres.test.ts),
// that a backup restores exactly (tests/unit/backup-restore-postgres.test.ts) and that a server
// killed mid-import leaves none of it (tests/unit/crash-safety-postgres.test.ts), then that
// prisma/postgresql/migrations build exactly prisma/postgresql/schema.prisma (on a throw-away
// shadow database), then runs the whole end-to-end suite on PostgreSQL. Needs a server, a user
// allowed to create databases (for the shadow), and a database of the run's own, which it empties
// (its name must end in _e2e or _test):
//   E2E_DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/accord_e2e npm run test:postgres
// The Prisma client is generated for PostgreSQL for the run and for the default database again
// after it, so `npm test` and `npm run dev` keep working on SQLite.
import { spawnSync } from "node:child_process";
import { z } from "zod";
import { bin, ensureClientFor, generateClientForConfiguredDatabase, run } from "./lib/prepare";
import { DEFAULT_DATABASE_URL, isPostgresUrl, PRISMA_PATHS } from "../lib/database-url";

const parsed = z
  .string()
  .refine(isPostgresUrl)
  .safeParse(process.env.E2E_DATABASE_URL);
if (!parsed.success) {
  console.error(
    "E2E_DATABASE_URL: expects the PostgreSQL database for this run, e.g. " +
      "postgresql://accord:secret@127.0.0.1:5432/accord_e2e (see README, Tests)",
  );
  process.exit(1);
}
const url = parsed.data;

/** The migration check, then the suite; the exit code of the run. */
function checkAndTest(): number {
  // With the SQLite client: the test builds its SQLite source through Prisma.
  ensureClientFor(DEFAULT_DATABASE_URL, { regenerate: true });
  console.log("Checking that a SQLite database copies to PostgreSQL exactly…");
  // One file at a time: each empties the run's database.
  const copy = spawnSync(
    bin("vitest"),
    ["run", "--no-file-parallelism", "tests/unit/copy-to-postgres.test.ts", "tests/unit/backup-restore-postgres.test.ts"],
    { stdio: "inherit", env: { ...process.env, COPY_TEST_DATABASE_URL: url, BACKUP_TEST_DATABASE_URL: url } },
  );
  if (copy.status !== 0) return copy.status ?? 1;

  // Before Playwright starts: it loads the test files, and their database helper, before its web server.
  console.log("Generating the Prisma client for PostgreSQL…");
  run(bin("prisma"), ["generate"], { DATABASE_URL: url });

  console.log("Checking that a server killed mid-import or mid-bulk-update leaves none of it…");
  const crash = spawnSync(bin("vitest"), ["run", "tests/unit/crash-safety-postgres.test.ts"], {
    stdio: "inherit",
    env: { ...process.env, CRASH_TEST_DATABASE_URL: url },
  });
  if (crash.status !== 0) return crash.status ?? 1;

  console.log("Checking that the PostgreSQL migrations build the PostgreSQL schema…");
  const drift = spawnSync(
    bin("prisma"),
    ["migrate", "diff", "--from-migrations", PRISMA_PATHS.postgresql.migrations,
      "--to-schema-datamodel", PRISMA_PATHS.postgresql.schema, "--exit-code"],
    { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } },
  );
  if (drift.status !== 0) {
    console.error(
      drift.status === 2
        ? `${PRISMA_PATHS.postgresql.migrations} do not build ${PRISMA_PATHS.postgresql.schema} (the difference is above): ` +
            "write the missing migration with npm run db:new-migration"
        : "The migration check could not run (the error is above).",
    );
    return 1;
  }

  const suite = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return suite.status ?? 1;
}

const status = checkAndTest();
generateClientForConfiguredDatabase();
process.exit(status);
