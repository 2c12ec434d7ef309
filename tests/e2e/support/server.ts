// Playwright's web server: a fresh e2e database (migrated, seeded with the demo package and
// accounts), a production build, `next start`. Same path as `npm run demo`, on its own database:
// a SQLite file by default, or the PostgreSQL database E2E_DATABASE_URL names (npm run test:postgres).
import fs from "node:fs";
import { spawn } from "node:child_process";
import { databaseProvider, describeDatabaseUrl, sqliteFilePath } from "../../../lib/database-url";
import { E2E_API_RATE_LIMIT, E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL, E2E_DIST_DIR, E2E_FAILURES_PER_ADDRESS, E2E_UPLOAD_MAX_MB, E2E_OIDC_CLIENT, E2E_OIDC_ISSUER, E2E_SMTP_URL, E2E_SSO_LABEL } from "./constants";

Object.assign(process.env, {
  DATABASE_URL: E2E_DATABASE_URL,
  AUTH_SECRET: E2E_AUTH_SECRET,
  NEXT_TELEMETRY_DISABLED: "1",
  STALE_AFTER_DAYS: "30",
  // Single sign-on through the suite's own OpenID provider (support/oidc-provider.ts).
  SSO_ISSUER: E2E_OIDC_ISSUER,
  SSO_CLIENT_ID: E2E_OIDC_CLIENT.id,
  SSO_CLIENT_SECRET: E2E_OIDC_CLIENT.secret,
  SSO_LABEL: E2E_SSO_LABEL,
  // Mail is on (the preferences page says so); the app itself never sends: mail.spec.ts runs the
  // worker (npm run notify -- --once) against an SMTP server of its own.
  SMTP_URL: E2E_SMTP_URL,
  SIGN_IN_FAILURES_PER_ADDRESS: String(E2E_FAILURES_PER_ADDRESS),
  API_RATE_LIMIT_PER_MINUTE: String(E2E_API_RATE_LIMIT),
  APP_URL: E2E_BASE_URL,
  UPLOAD_MAX_MB: String(E2E_UPLOAD_MAX_MB),
  // webhooks.spec.ts registers a receiver of its own on loopback.
  WEBHOOKS_ALLOW_PRIVATE: "true",
});

/** Empties the e2e database. A PostgreSQL one must be named for tests: this drops everything in it. */
async function resetDatabase(databaseUrl: string): Promise<void> {
  if (databaseProvider(databaseUrl) === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    return;
  }
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/_(e2e|test)$/.test(name)) {
    throw new Error(
      `E2E_DATABASE_URL: the e2e run empties its database; expects a database named *_e2e or *_test, got ${describeDatabaseUrl(databaseUrl)}`,
    );
  }
  await emptyPostgresDatabase(databaseUrl);
}

const { bin, buildInto, checkEnvironment, emptyPostgresDatabase, ensureClientFor, migrate } = await import(
  "../../../scripts/lib/prepare"
);
await resetDatabase(E2E_DATABASE_URL);
await checkEnvironment();
ensureClientFor(E2E_DATABASE_URL, { regenerate: true });
await migrate(E2E_DATABASE_URL);
const { prismaClient } = await import("../../../lib/prisma-client");
const { seedDatabase } = await import("../../../prisma/seed-core");
const db = prismaClient();
await seedDatabase(db, { demo: true });
await db.$disconnect();

// Its own build folder: `npm test` never replaces the build of an app served from this checkout.
process.env.NEXT_DIST_DIR = E2E_DIST_DIR;
if (process.env.E2E_SKIP_BUILD !== "1") buildInto(E2E_DIST_DIR);
const server = spawn(bin("next"), ["start", "-p", process.env.PORT ?? "3100", "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
