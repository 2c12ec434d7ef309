// The worker against a real SQLite file and a real SMTP server on loopback: each message once,
// retries while the server is down, reminders and digests idempotent, unsubscribe by kind.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteAdapter } from "@/lib/sqlite-adapter";
import { seedDatabase } from "@/prisma/seed-core";
import { recordNotifications, type NewNotification } from "@/lib/data/notification-delivery";
import { createMailTransport, type MailTransport } from "@/lib/mail/transport";
import { NotifyWorker } from "@/lib/notify/worker";
import { computeReminders } from "@/lib/notify/reminders";
import { computeDigests } from "@/lib/notify/digest";
import { BACKOFF_MS } from "@/lib/notify/outbox";
import { staleWhere } from "@/lib/data/agreement-where";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { startSmtp, type TestSmtp } from "./support/smtp";

const SECRET = "unit-test-secret-0123456789-abcdefghijklmnop";
const APP_URL = "http://accord.test";
// A Wednesday afternoon: no UTC digest period starts near it.
let now = new Date("2026-12-09T15:00:00Z");

let testDb: TestDatabase;
let db: PrismaClient;
let smtp: TestSmtp;
let agreement: { id: string; reference: string; leadOrganizationId: string };
let actorId: string;
const DAY = 86_400_000;

const client = () => new PrismaClient({ adapter: sqliteAdapter(testDb.file, { busyTimeoutMs: 10_000 }) });
// The transports keep a pool of connections open, as the running worker does: closed at the end.
const transports: MailTransport[] = [];
const openTransport = (url: string) => {
  const transport = createMailTransport({ SMTP_URL: url, MAIL_FROM: "Accord <accord@test.local>", MAIL_DIR: undefined });
  transports.push(transport);
  return transport;
};
const worker = (on = db, url = smtp.url) =>
  new NotifyWorker(on, openTransport(url), {
    appUrl: APP_URL,
    secret: SECRET,
    staleAfterDays: 30,
    clock: () => now,
  });

let n = 0;
async function makeUser(options: { locale?: string; timeZone?: string; name?: string; role?: string; organizationId?: string | null } = {}) {
  n++;
  return db.user.create({
    data: {
      email: `person${n}-${Date.now()}@test.local`,
      name: options.name ?? `Person ${n}`,
      passwordHash: "x",
      role: options.role ?? "editor",
      organizationId: options.organizationId === undefined ? agreement.leadOrganizationId : options.organizationId,
      locale: options.locale ?? null,
      timeZone: options.timeZone ?? "UTC",
    },
  });
}
function runNotifyOnce(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/notify.ts", "--once"], {
      env: { ...process.env, DATABASE_URL: testDb.url, SMTP_URL: smtp.url, AUTH_SECRET: SECRET, APP_URL, NODE_ENV: "production", NOTIFY_WORKER: "on" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`notify --once exited ${code}: ${output}`))));
  });
}

const notify = (rows: NewNotification[]) => db.$transaction((tx) => recordNotifications(tx, rows));

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  testDb = createTestDatabase("notify");
  db = client();
  await seedDatabase(db, { demo: true });
  agreement = await db.agreement.findFirstOrThrow({ orderBy: { reference: "asc" }, select: { id: true, reference: true, leadOrganizationId: true } });
  actorId = (await db.user.create({ data: { email: "eve@test.local", name: "Eve <script>alert(1)</script>", passwordHash: "x", role: "editor" } })).id;
  smtp = await startSmtp();
}, 60_000);

afterAll(async () => {
  for (const transport of transports) transport.close();
  await smtp?.close();
  await db?.$disconnect();
  testDb?.remove();
});

beforeEach(async () => {
  now = new Date("2026-12-09T15:00:00Z");
  smtp.messages.length = 0;
  smtp.refuse = null;
  await db.outboxMessage.deleteMany();
  await db.notification.deleteMany();
  await db.notificationPreference.deleteMany();
  await db.milestone.updateMany({ data: { ownerId: null } });
});

describe("the notification worker", { timeout: 90_000 }, () => {
  it("mails a mention once, in the recipient's language, escaped, with a link and a one-click unsubscribe", async () => {
    const anna = await makeUser({ locale: "ru", name: "Анна" });
    await notify([{ userId: anna.id, kind: "mention", agreementId: agreement.id, actorId, commentId: "c123" }]);
    const first = await worker().deliverDue();
    const second = await worker().deliverDue();
    expect(first.sent).toBe(1);
    expect(second.sent).toBe(0);
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    const row = await db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: "" });
    expect(mail.messageId).toBe(`<outbox-${row.id}@accord.test>`);
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe(anna.email);
    expect(mail.subject).toContain(`упомянул(а) вас в обсуждении ${agreement.reference}`);
    expect(mail.text).toContain("Здравствуйте, Анна!");
    expect(mail.text).toContain(`${APP_URL}/agreements/${agreement.reference}#comment-c123`);
    expect(mail.html).toContain("Eve &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).not.toContain("<script>");
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, "");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toMatch(new RegExp(`^<${APP_URL}/api/unsubscribe\\?token=[^>]+>$`));
  });

  it("delivers each message once with two workers at once", async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => makeUser()));
    await notify(people.map((p) => ({ userId: p.id, kind: "status_alert" as const, agreementId: agreement.id, actorId, data: { status: "delayed" } })));
    // Two processes, as two app instances would be (one process's SQLite waits would block its own
    // event loop): the real `npm run notify -- --once`, twice at the same moment.
    await db.user.updateMany({ data: { digestFrequency: "off" } });
    try {
      await Promise.all([runNotifyOnce(), runNotifyOnce()]);
    } finally {
      await db.user.updateMany({ data: { digestFrequency: "weekly" } });
    }
    expect(smtp.messages).toHaveLength(12);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(12);
    expect(await db.outboxMessage.count({ where: { status: "sent" } })).toBe(12);
    // Two processes start Node, tsx and Prisma's engine each: slow on a loaded machine, not a timing assertion.
  }, 300_000);

  it("keeps mail waiting while the SMTP server is down, records why, and delivers it once when it is back", async () => {
    const down = await startSmtp();
    const port = down.port;
    await down.close();
    const bob = await makeUser();
    // The save that causes the mail does not touch SMTP: it is done before any delivery is tried.
    const [written] = await notify([{ userId: bob.id, kind: "mention", agreementId: agreement.id, actorId }]);
    expect(written).toBeDefined();

    const failed = await worker(db, `smtp://127.0.0.1:${port}`).deliverDue();
    expect(failed).toEqual({ sent: 0, retried: 1, failed: 0 });
    const waiting = await db.outboxMessage.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, leaseOwner: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + BACKOFF_MS[0]);

    // Not yet due: nothing is tried again.
    const up = await startSmtp(port);
    try {
      expect((await worker(db, up.url).deliverDue()).sent).toBe(0);
      now = new Date(now.getTime() + BACKOFF_MS[0]);
      expect((await worker(db, up.url).deliverDue()).sent).toBe(1);
      expect((await worker(db, up.url).deliverDue()).sent).toBe(0);
      expect(up.messages).toHaveLength(1);
    } finally {
      await up.close();
    }
  });

  it("retries after a 421 refusal with the server's answer in the log, then delivers once", async () => {
    const carol = await makeUser();
    await notify([{ userId: carol.id, kind: "mention", agreementId: agreement.id, actorId }]);
    smtp.refuse = { code: 421, message: "Too busy, try later" };
    expect((await worker().deliverDue()).retried).toBe(1);
    expect((await db.outboxMessage.findFirstOrThrow()).lastError).toMatch(/421.*Too busy/);
    smtp.refuse = null;
    now = new Date(now.getTime() + BACKOFF_MS[0]);
    expect((await worker().deliverDue()).sent).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("computes reminders idempotently: running twice the same day sends nothing twice", async () => {
    const owner = await makeUser({ locale: "en" });
    const [soon, late] = await db.milestone.findMany({ where: { agreementId: agreement.id }, take: 2, orderBy: { id: "asc" } });
    const today = Date.UTC(2026, 11, 9);
    await db.milestone.update({ where: { id: soon!.id }, data: { ownerId: owner.id, doneDate: null, dueDate: new Date(today + 3 * DAY) } });
    await db.milestone.update({ where: { id: late!.id }, data: { ownerId: owner.id, doneDate: null, dueDate: new Date(today - DAY) } });

    await worker().runOnce();
    now = new Date(now.getTime() + 3_600_000);
    await worker().runOnce();
    const mine = await db.notification.findMany({ where: { userId: owner.id, kind: { startsWith: "milestone_" } }, orderBy: { kind: "asc" } });
    expect(mine.map((x) => x.kind)).toEqual(["milestone_due_soon", "milestone_overdue"]);
    expect(mine.map((x) => x.dedupeKey)).toEqual([
      `milestone_due_soon:${soon!.id}:${owner.id}:2026-12-12`,
      `milestone_overdue:${late!.id}:${owner.id}:2026-12-08`,
    ]);
    const toOwner = smtp.messages.filter((m) => m.to && "text" in m.to && m.to.text === owner.email);
    expect(toOwner.map((m) => m.subject).sort()).toEqual([`Milestone due on December 12, 2026: ${soon!.title}`, `Overdue milestone: ${late!.title}`]);
    // Stale reminders: one per agreement, person and staleness episode, also on a second run.
    const staleBefore = await db.notification.count({ where: { kind: "agreement_stale" } });
    expect(staleBefore).toBeGreaterThan(0);
    expect((await computeReminders(db, now, 30)).stale).toBe(0);
    expect(await db.notification.count({ where: { kind: "agreement_stale" } })).toBe(staleBefore);
  });

  it("builds the digest from exactly what the database says the person owes, once per period", async () => {
    const dana = await makeUser({ timeZone: "Asia/Baku", name: "Dana" });
    await db.user.updateMany({ where: { id: { not: dana.id } }, data: { digestFrequency: "off" } });
    const milestones = await db.milestone.findMany({ where: { agreement: { archivedAt: null } }, orderBy: { id: "asc" }, take: 4 });
    const monday = Date.UTC(2026, 11, 7);
    const dues = [monday - 5 * DAY, monday + 2 * DAY, monday + 20 * DAY, monday + 90 * DAY];
    for (const [i, m] of milestones.entries()) {
      await db.milestone.update({ where: { id: m.id }, data: { ownerId: dana.id, doneDate: null, dueDate: new Date(dues[i]!) } });
    }
    now = new Date("2026-12-07T04:30:00Z"); // Monday 08:30 in Baku
    expect(await computeDigests(db, now, 30)).toBe(1);
    expect(await computeDigests(db, now, 30)).toBe(0);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { kind: "digest" } });
    expect(row.dedupeKey).toBe(`digest:${dana.id}:2026-12-07T04:00:00.000Z`);
    const payload = JSON.parse(row.payload) as { overdue: { milestoneId: string }[]; dueSoon: { milestoneId: string }[]; stale: { reference: string }[] };

    const today = new Date(monday);
    const owedOverdue = await db.milestone.findMany({ where: { ownerId: dana.id, doneDate: null, dueDate: { lt: today } }, select: { id: true } });
    const owedSoon = await db.milestone.findMany({
      where: { ownerId: dana.id, doneDate: null, dueDate: { gte: today, lt: new Date(monday + 31 * DAY) } },
      select: { id: true },
    });
    const stale = await db.agreement.findMany({
      where: {
        AND: [
          { archivedAt: null },
          staleWhere({ now, staleAfterDays: 30 }),
          { OR: [{ leadOrganizationId: dana.organizationId! }, { parties: { some: { organizationId: dana.organizationId! } } }] },
        ],
      },
      select: { reference: true },
    });
    expect(payload.overdue.map((m) => m.milestoneId).sort()).toEqual(owedOverdue.map((m) => m.id).sort());
    expect(payload.dueSoon.map((m) => m.milestoneId).sort()).toEqual(owedSoon.map((m) => m.id).sort());
    expect(owedOverdue).toHaveLength(1);
    expect(owedSoon).toHaveLength(2);
    expect(payload.stale.map((a) => a.reference).sort()).toEqual(stale.map((a) => a.reference).sort());

    await worker().deliverDue();
    const digest = smtp.messages.find((m) => m.subject === "Your weekly Accord digest");
    expect(digest).toBeDefined();
    for (const m of milestones.slice(0, 3)) expect(digest!.text).toContain(m.title);
    expect(digest!.text).not.toContain(milestones[3]!.title);
  });

  it("names the agreements of a Kazakh reader's digest by their Kazakh titles, else the original's", async () => {
    const aigerim = await makeUser({ timeZone: "Asia/Almaty", name: "Aigerim", locale: "kk" });
    await db.user.updateMany({ where: { id: { not: aigerim.id } }, data: { digestFrequency: "off" } });
    now = new Date("2026-12-07T03:30:00Z"); // Monday 08:30 in Astana
    expect(await computeDigests(db, now, 30)).toBe(1);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { kind: "digest", userId: aigerim.id } });
    const payload = JSON.parse(row.payload) as { stale: { reference: string; title: string }[] };
    const agreements = await db.agreement.findMany({ where: { reference: { in: payload.stale.map((a) => a.reference) } }, include: { texts: true } });
    const expected = new Map(agreements.map((a) => [a.reference, a.texts.find((t) => t.locale === "kk")?.title ?? a.title]));
    expect(payload.stale.map((a) => [a.reference, a.title])).toEqual(payload.stale.map((a) => [a.reference, expected.get(a.reference)]));
    // The seed gives its agreements Kazakh titles: at least one is named in Kazakh, not in English.
    expect(payload.stale.some((a) => agreements.some((x) => x.reference === a.reference && x.title !== a.title))).toBe(true);
  });

  it("sends no digest when there is nothing to say", async () => {
    const idle = await makeUser({ timeZone: "Asia/Almaty", role: "viewer", organizationId: null });
    await db.user.updateMany({ where: { id: { not: idle.id } }, data: { digestFrequency: "off" } });
    now = new Date("2026-12-07T03:30:00Z"); // Monday 08:30 in Astana
    expect(await computeDigests(db, now, 30)).toBe(0);
    await notify([{ userId: idle.id, kind: "comment", agreementId: agreement.id, actorId }]);
    await db.notification.updateMany({ where: { userId: idle.id }, data: { createdAt: new Date("2026-12-05T10:00:00Z") } });
    expect(await computeDigests(db, now, 30)).toBe(1);
    await db.user.updateMany({ data: { digestFrequency: "weekly" } });
  });

  it("stops only the kind a person turned off, even for mail already queued", async () => {
    const erin = await makeUser();
    await notify([
      { userId: erin.id, kind: "mention", agreementId: agreement.id, actorId },
      { userId: erin.id, kind: "status_alert", agreementId: agreement.id, actorId, data: { status: "at_risk" } },
    ]);
    await db.notificationPreference.create({ data: { userId: erin.id, kind: "mention", channel: "off" } });
    expect(await worker().deliverDue()).toEqual({ sent: 1, retried: 0, failed: 1 });
    expect(smtp.messages.map((m) => m.subject)).toEqual([`${agreement.reference} is now At risk`]);
    const skipped = await db.outboxMessage.findFirstOrThrow({ where: { status: "failed" } });
    expect(skipped.lastError).toMatch(/no longer wants "mention"/);
  });
});
