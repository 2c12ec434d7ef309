// `npm run notify`: the notification worker (lib/notify/worker.ts) on its own.
//   npm run notify            loop, a round every NOTIFY_INTERVAL_SECONDS (a separate process or service)
//   npm run notify -- --once  one round, then exit (cron: e.g. every minute)
// `npm start` and `npm run demo` start it as their child unless NOTIFY_WORKER=off.
import { loadDotEnv } from "./lib/dotenv";
import { checkEnvironment } from "./lib/prepare";

loadDotEnv();
const env = await checkEnvironment();
const once = process.argv.includes("--once");

const { prismaClient } = await import("../lib/prisma-client");
const { createMailTransport } = await import("../lib/mail/transport");
const { NotifyWorker } = await import("../lib/notify/worker");

// Other writers (the app) hold SQLite's write lock briefly: the adapter waits for it (lib/sqlite-adapter.ts).
const db = prismaClient(env.DATABASE_URL);
const transport = createMailTransport(env);
const log = (line: string) => console.log(`[notify] ${line}`);
const worker = new NotifyWorker(db, transport, {
  appUrl: env.APP_URL,
  secret: env.AUTH_SECRET,
  staleAfterDays: env.STALE_AFTER_DAYS,
  webhooksAllowPrivate: env.WEBHOOKS_ALLOW_PRIVATE,
  log,
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => worker.stop());

try {
  if (once) {
    const s = await worker.runOnce();
    log(`mail: ${transport.describe}; ${s.sent} sent, ${s.retried} to retry, ${s.failed} failed; reminders: ${s.dueSoon} due soon, ${s.overdue} overdue, ${s.stale} stale; ${s.digests} digests; webhooks: ${s.webhooks.sent} sent, ${s.webhooks.retried} to retry, ${s.webhooks.failed} failed, ${s.webhooks.overdue} overdue events queued; document text: ${s.documents.extracted} extracted, ${s.documents.failed} failed`);
  } else {
    log(`mail: ${transport.describe}; a round every ${env.NOTIFY_INTERVAL_SECONDS} s`);
    await worker.loop(env.NOTIFY_INTERVAL_SECONDS * 1000);
  }
} finally {
  transport.close();
  await db.$disconnect();
}
// The wasm engine may keep timers alive (docs: environment.md); the work is done.
process.exit(0);
