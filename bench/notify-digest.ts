// `npm run bench:notify`: what notifications cost. On a fresh 10,000-agreement synthetic portfolio
// with 1,000 people (owners of milestones, followers spread over it, a week of digest-channel
// notifications):
// - the weekly digest run (compute + deliver to an SMTP server on loopback): run time, the
//   process's peak RSS, and the database statements for 100 vs 1,000 people (must grow with
//   batches of 500, not with people);
// - a save: p95 of posting a status update on an agreement with 0 and with 50 followers, with the
//   notifications written in the same transaction (recordNotifications), same run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { applyMigrations } from "./lib/migrations";
import { addSyntheticPortfolio } from "./lib/portfolio";
import { sampleRss, mib } from "./lib/memory";
import { percentile } from "./lib/load";
import { barChartSvg, SERIES_COLORS } from "./lib/chart";
import { printTable, writeResults } from "./lib/results";

const SIZE = { agreements: 10_000, updates: 20_000, milestones: 30_000 };
const PEOPLE = 1_000;
const SAVES = 60;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-bench-notify-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.AUTH_SECRET ??= "bench-only-secret-0123456789-abcdefghijklmnop";

const started = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${s}`);
const sqlite = new Database(file);
applyMigrations(sqlite);

const { PrismaClient } = await import("../lib/generated/prisma/client");
const { sqliteAdapter } = await import("../lib/sqlite-adapter");
const { seedDatabase } = await import("../prisma/seed-core");
const seedClient = new PrismaClient({ adapter: sqliteAdapter(file) });
await seedDatabase(seedClient, { demo: true });
await seedClient.$disconnect();
// A fixed "now": Monday 05:00 UTC, the first hours of the week's digest in Baku and Astana.
const NOW = new Date("2026-12-07T05:00:00Z");
addSyntheticPortfolio(sqlite, SIZE, { now: NOW, seed: 20261207 });
log(`portfolio: ${SIZE.agreements} agreements, ${SIZE.updates} updates, ${SIZE.milestones} milestones`);

// People: editors spread over the organizations, in Baku / Astana / Aqtau; 5 milestones owned,
// 10 agreements followed and 7 digest-channel notifications each (one a day of the past week).
const orgs = sqlite.prepare("SELECT id FROM Organization ORDER BY id").all() as { id: string }[];
const agreementIds = (sqlite.prepare("SELECT id FROM Agreement WHERE archivedAt IS NULL ORDER BY id").all() as { id: string }[]).map((r) => r.id);
const milestoneIds = (sqlite.prepare("SELECT id FROM Milestone ORDER BY id").all() as { id: string }[]).map((r) => r.id);
const zones = ["Asia/Baku", "Asia/Almaty", "Asia/Aqtau"];
const insertUser = sqlite.prepare(
  "INSERT INTO User (id, email, name, passwordHash, role, organizationId, active, isDemo, version, timeZone, digestFrequency, locale, createdAt, updatedAt) VALUES (?, ?, ?, 'x', 'editor', ?, 1, 0, 1, ?, 'weekly', ?, ?, ?)",
);
const own = sqlite.prepare("UPDATE Milestone SET ownerId = ? WHERE id = ?");
const follow = sqlite.prepare("INSERT OR IGNORE INTO AgreementFollower (agreementId, userId, reason, createdAt) VALUES (?, ?, 'manual', ?)");
const notification = sqlite.prepare(
  "INSERT INTO Notification (id, userId, kind, agreementId, data, createdAt) VALUES (?, ?, 'status_update', ?, '{\"status\":\"on_track\"}', ?)",
);
const people: string[] = [];
sqlite.transaction(() => {
  const t = NOW.getTime();
  for (let i = 0; i < PEOPLE; i++) {
    const id = `benchuser${String(i).padStart(5, "0")}`;
    people.push(id);
    insertUser.run(id, `${id}@bench.local`, `Bench Person ${i}`, orgs[i % orgs.length]!.id, zones[i % zones.length], i % 2 ? "ru" : "en", t, t);
    for (let k = 0; k < 5; k++) own.run(id, milestoneIds[(i * 5 + k) % milestoneIds.length]);
    for (let k = 0; k < 10; k++) {
      const a = agreementIds[(i * 37 + k * 1013) % agreementIds.length]!;
      follow.run(a, id, t);
      if (k < 7) notification.run(`benchn${i}x${k}`, id, a, t - (k + 1) * 86_400_000);
    }
  }
})();
// The two save targets: one nobody follows, one with exactly 50 followers.
const [quiet, followed] = [agreementIds[agreementIds.length - 1]!, agreementIds[agreementIds.length - 2]!];
sqlite.prepare("DELETE FROM AgreementFollower WHERE agreementId IN (?, ?)").run(quiet, followed);
sqlite.prepare("UPDATE Agreement SET status = 'on_track', progress = 50 WHERE id IN (?, ?)").run(quiet, followed);
sqlite.transaction(() => {
  for (const id of people.slice(0, 50)) follow.run(followed, id, NOW.getTime());
})();
sqlite.close();
log(`${PEOPLE} people, ${PEOPLE * 5} owned milestones, ${PEOPLE * 10} follows, ${PEOPLE * 7} notifications`);

const { computeDigests } = await import("../lib/notify/digest");
const { NotifyWorker } = await import("../lib/notify/worker");
const { createMailTransport } = await import("../lib/mail/transport");

// A sink SMTP server on loopback: delivery is measured through the real SMTP path.
let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _s, cb) {
    stream.on("data", () => undefined);
    stream.on("end", () => {
      received++;
      cb();
    });
  },
});
await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

type DigestFigures = {
  people: number;
  digests: number;
  statements: number;
  computeMs: number;
  deliverMs: number;
  /** The bench process (the SMTP sink included), sampled over computing, then over delivering. */
  computeRssMiB: number;
  peakRssMiB: number;
  heapAfterMiB: number;
};

async function digestRun(active: number): Promise<DigestFigures> {
  const admin = new PrismaClient({ adapter: sqliteAdapter(file) });
  await admin.outboxMessage.deleteMany({ where: { kind: "digest" } });
  await admin.user.updateMany({ data: { digestFrequency: "off" } });
  await admin.user.updateMany({ where: { id: { gte: people[0]!, lte: people[active - 1]! } }, data: { digestFrequency: "weekly" } });
  await admin.$disconnect();

  const client = new PrismaClient({ adapter: sqliteAdapter(file), log: [{ emit: "event", level: "query" }] });
  let statements = 0;
  client.$on("query", () => statements++);
  await client.$queryRawUnsafe("SELECT 1");
  statements = 0;
  global.gc?.();
  const rss = sampleRss(process.pid, 20);
  const t0 = performance.now();
  const digests = await computeDigests(client, NOW, 30);
  const computeMs = performance.now() - t0;
  const computePeak = rss.stop().peak;
  const deliverRss = sampleRss(process.pid, 20);
  const computeStatements = statements;
  const transport = createMailTransport({ SMTP_URL: smtpUrl, MAIL_FROM: "Accord <bench@localhost>", MAIL_DIR: undefined });
  const worker = new NotifyWorker(client, transport, {
    appUrl: "http://localhost:3000",
    secret: process.env.AUTH_SECRET,
    staleAfterDays: 30,
    clock: () => NOW,
  });
  const t1 = performance.now();
  const delivered = await worker.deliverDue();
  const deliverMs = performance.now() - t1;
  transport.close();
  const { peak } = deliverRss.stop();
  await client.$disconnect();
  if (delivered.sent !== digests) throw new Error(`sent ${delivered.sent} of ${digests} digests`);
  // What stays live afterwards: RSS alone also counts garbage the collector has not yet returned.
  global.gc?.();
  const heapAfterMiB = mib(process.memoryUsage().heapUsed);
  return { people: active, digests, statements: computeStatements, computeMs, deliverMs, computeRssMiB: mib(computePeak), peakRssMiB: mib(Math.max(peak, computePeak)), heapAfterMiB };
}

const digest100 = await digestRun(100);
log(`digest, 100 people: ${JSON.stringify(digest100)}`);
const digest1000 = await digestRun(1000);
log(`digest, 1000 people: ${JSON.stringify(digest1000)}`);

// What notifications cost a save: the status update and its followers' notifications in one transaction.
const { appendStatusUpdate } = await import("../lib/data/tracking");
const { recordNotifications } = await import("../lib/data/notification-delivery");
const db = new PrismaClient({ adapter: sqliteAdapter(file) });
const actorRow = await db.user.findFirstOrThrow({ where: { role: "admin" } });
const actor = { id: actorRow.id, role: "admin" as const, organizationId: actorRow.organizationId };

async function save(agreementId: string, i: number): Promise<number> {
  const t0 = performance.now();
  await db.$transaction(async (tx) => {
    const a = await tx.agreement.findUniqueOrThrow({ where: { id: agreementId }, select: { id: true, version: true, status: true, progress: true } });
    await appendStatusUpdate(tx, actor, a, { status: "on_track", progress: a.progress, note: `bench save ${i}`, assessments: [] });
    const followers = await tx.agreementFollower.findMany({ where: { agreementId, unfollowedAt: null }, select: { userId: true } });
    await recordNotifications(
      tx,
      followers.map((f) => ({ userId: f.userId, kind: "status_update" as const, agreementId, actorId: actor.id, data: { status: "on_track" } })),
    );
  });
  return performance.now() - t0;
}

const samples: Record<"0" | "50", number[]> = { "0": [], "50": [] };
for (let i = 0; i < 5; i++) {
  await save(quiet, -i);
  await save(followed, -i);
}
// Interleaved, so both see the same machine.
for (let i = 0; i < SAVES; i++) {
  samples["0"].push(await save(quiet, i));
  samples["50"].push(await save(followed, i));
}
await db.$disconnect();
await new Promise<void>((r) => smtp.close(() => r()));
const saveFigures = Object.fromEntries(
  Object.entries(samples).map(([k, v]) => {
    const sorted = [...v].sort((a, b) => a - b);
    return [k, { n: v.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]! }];
  }),
) as Record<"0" | "50", { n: number; p50: number; p95: number; max: number }>;

printTable([
  ...[digest100, digest1000].map((d) => ({
    measure: `weekly digest, ${d.people} people`,
    digests: d.digests,
    "DB statements (compute)": d.statements,
    "compute ms": d.computeMs.toFixed(0),
    "deliver ms": d.deliverMs.toFixed(0),
    "RSS computing MiB": d.computeRssMiB.toFixed(0),
    "peak RSS MiB": d.peakRssMiB.toFixed(0),
    "heap after MiB": d.heapAfterMiB.toFixed(0),
  })),
]);
printTable(
  (["0", "50"] as const).map((k) => ({
    measure: `status update save, ${k} followers`,
    n: saveFigures[k].n,
    "p50 ms": saveFigures[k].p50.toFixed(1),
    "p95 ms": saveFigures[k].p95.toFixed(1),
    "max ms": saveFigures[k].max.toFixed(1),
  })),
);
console.log(`received by the SMTP sink: ${received}`);

const chart = barChartSvg({
  title: "Notifications: digest run and the cost of a save",
  subtitle: `${SIZE.agreements.toLocaleString("en")} agreements, SQLite, ${os.cpus().length} cores`,
  axisLabel: "milliseconds",
  unit: "ms",
  series: [
    { name: "100 people / 0 followers", color: SERIES_COLORS[0] },
    { name: "1,000 people / 50 followers", color: SERIES_COLORS[1] },
  ],
  groups: [
    { label: "digest: compute", values: [digest100.computeMs, digest1000.computeMs] },
    { label: "digest: deliver over SMTP", values: [digest100.deliverMs, digest1000.deliverMs] },
    { label: "status update save, p95", values: [saveFigures["0"].p95, saveFigures["50"].p95] },
  ],
  footnote: `Statements to compute the digests: ${digest100.statements} for 100 people, ${digest1000.statements} for 1,000 (batches of 500). Peak RSS of the worker process: ${digest100.peakRssMiB.toFixed(0)} / ${digest1000.peakRssMiB.toFixed(0)} MiB.`,
});
writeResults("notify-digest", { size: SIZE, people: PEOPLE, now: NOW.toISOString(), digest: [digest100, digest1000], saves: saveFigures }, { "notify-digest.svg": chart });
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
