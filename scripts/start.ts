// `npm start`: production start. Checks the environment, migrates, loads the visit's package on
// an empty database (no demo accounts), then serves the built app.
import { loadDotEnv } from "./lib/dotenv";
import { spawn } from "node:child_process";
import { bin, checkEnvironment, ensureClientFor, migrate } from "./lib/prepare";
import { startNotifyWorker, stopWith } from "./lib/notify-child";
import { serverNodeOptions } from "./lib/node-options";

loadDotEnv();
Object.assign(process.env, { NODE_ENV: "production" });
const env = await checkEnvironment();
ensureClientFor(env.DATABASE_URL, { regenerate: false });
await migrate(env.DATABASE_URL);

const { prismaClient } = await import("../lib/prisma-client");
const { seedDatabase } = await import("../prisma/seed-core");
const { rebuildDashboardTallies, talliesAreBuilt } = await import("../lib/data/dashboard-tally");
const db = prismaClient();
try {
  if ((await db.visit.count()) === 0) {
    const report = await seedDatabase(db, { demo: false });
    console.log(`Empty database: loaded the visit's package (${report.agreementsCreated} agreements).`);
  } else if (!(await talliesAreBuilt(db))) {
    // A database from before the dashboard kept its counts: they are written once here, before
    // serving, rather than counted from the data on every dashboard until someone runs db:retally.
    console.log("Writing the dashboard's counts from the data (once, after this upgrade)…");
    const started = Date.now();
    const result = await rebuildDashboardTallies(db, ({ done, total }) => {
      if (done === total || done % 10_000 === 0) console.log(`  agreements: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`);
    });
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.rows.toLocaleString("en-US")} rows).`);
  }
} finally {
  await db.$disconnect();
}

// The server and, unless NOTIFY_WORKER=off, the notification worker beside it (scripts/notify.ts).
const server = spawn(bin("next"), ["start", "-p", process.env.PORT ?? "3000"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
});
const worker = startNotifyWorker();
stopWith(server, worker);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
