// Playwright's web server: a fresh e2e database (migrated, seeded with the demo package and
// accounts), a production build, `next start`. Same path as `npm run demo`, on its own database.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { sqliteFilePath } from "../../../lib/database-url";
import { E2E_AUTH_SECRET, E2E_DATABASE_URL } from "./constants";

Object.assign(process.env, {
  DATABASE_URL: E2E_DATABASE_URL,
  AUTH_SECRET: E2E_AUTH_SECRET,
  NEXT_TELEMETRY_DISABLED: "1",
  STALE_AFTER_DAYS: "30",
});
const file = sqliteFilePath(E2E_DATABASE_URL);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });

const { bin, checkEnvironment, migrate, run } = await import("../../../scripts/lib/prepare");
checkEnvironment();
migrate();
const { prismaClient } = await import("../../../lib/prisma-client");
const { seedDatabase } = await import("../../../prisma/seed-core");
const db = prismaClient();
await seedDatabase(db, { demo: true });
await db.$disconnect();

if (process.env.E2E_SKIP_BUILD !== "1") run(bin("next"), ["build"]);
const server = spawn(bin("next"), ["start", "-p", process.env.PORT ?? "3100", "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
