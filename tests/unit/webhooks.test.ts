// Webhooks: signing (checked against the Standard Webhooks test vector), where they may go (SSRF),
// and the worker against a real SQLite file and a real HTTP receiver on loopback that checks every
// signature, answers 500 when told to, and records the order in which events arrive.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteAdapter } from "@/lib/sqlite-adapter";
import { seedDatabase } from "@/prisma/seed-core";
import {
  classifyAddress,
  newWebhookSecret,
  verifyWebhookSignature,
  WEBHOOK_BACKOFF_MS,
  webhookSignature,
  webhookTargetRefusal,
  type WebhookPayload,
} from "@/lib/domain/webhooks";
import { sealSecret } from "@/lib/domain/secret-box";
import { recordWebhookEvents, type WebhookEventInput } from "@/lib/data/webhooks";
import { computeOverdueWebhookEvents } from "@/lib/notify/webhook-events";
import { createMailTransport } from "@/lib/mail/transport";
import { NotifyWorker } from "@/lib/notify/worker";
import { webhookPayloadSchemas } from "@/lib/validations/webhooks";
import { apiV1Document } from "@/lib/validations/api-v1-openapi";
import { createTestDatabase, type TestDatabase } from "./support/test-db";

describe("signatures", () => {
  it("match the Standard Webhooks test vector, so receivers can use its libraries", () => {
    // From the specification's reference implementations (standard-webhooks, "test vector").
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const signature = webhookSignature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}');
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("verify only the same id, timestamp and body under the same secret", () => {
    const secret = newWebhookSecret();
    const header = webhookSignature(secret, "evt_1", 1_700_000_000, '{"a":1}');
    expect(verifyWebhookSignature(secret, "evt_1", 1_700_000_000, '{"a":1}', header)).toBe(true);
    expect(verifyWebhookSignature(secret, "evt_1", 1_700_000_000, '{"a":2}', header)).toBe(false);
    expect(verifyWebhookSignature(secret, "evt_1", 1_700_000_001, '{"a":1}', header)).toBe(false);
    expect(verifyWebhookSignature(secret, "evt_2", 1_700_000_000, '{"a":1}', header)).toBe(false);
    expect(verifyWebhookSignature(newWebhookSecret(), "evt_1", 1_700_000_000, '{"a":1}', header)).toBe(false);
    // Several signatures in one header (during a secret rotation): one match is enough.
    expect(verifyWebhookSignature(secret, "evt_1", 1_700_000_000, '{"a":1}', `v1,AAAA ${header}`)).toBe(true);
  });
});

describe("the published contract", () => {
  it("lists every event with its body in the OpenAPI document's webhooks, and a wrong body is refused when queued", () => {
    const document = apiV1Document();
    expect(Object.keys(document.webhooks ?? {}).sort()).toEqual([...Object.keys(webhookPayloadSchemas)].sort());
    const status = document.webhooks?.["status.changed"] as { post: { requestBody: { content: Record<string, { schema: unknown }> } } };
    expect(JSON.stringify(status.post.requestBody.content["application/json"]!.schema)).toContain("statusUpdateId");
    const wrong = { id: "evt_1", type: "status.changed", occurredAt: "2026-12-09T15:00:00Z", agreement: null, actor: null, data: { status: { before: "on_track", after: "sideways" } } };
    expect(webhookPayloadSchemas["status.changed"].safeParse(wrong).success).toBe(false);
  });
});

describe("where a webhook may go", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["2a00:1450:4001::200e", "public"],
    ["10.1.2.3", "private"],
    ["172.20.0.1", "private"],
    ["192.168.1.10", "private"],
    ["127.0.0.1", "private"],
    ["100.64.0.1", "private"],
    ["::1", "private"],
    ["fd12:3456::1", "private"],
    ["::ffff:127.0.0.1", "private"],
    ["64:ff9b::a00:1", "private"],
    ["169.254.169.254", "forbidden"],
    ["fe80::1", "forbidden"],
    ["0.0.0.0", "forbidden"],
    ["224.0.0.1", "forbidden"],
    ["not an address", "forbidden"],
  ])("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  const dns: Record<string, string[]> = {
    "hooks.example.org": ["93.184.216.34"],
    "intranet.local": ["10.0.0.5"],
    "split.example.org": ["93.184.216.34", "192.168.0.7"],
    "metadata.example.org": ["169.254.169.254"],
  };
  const lookup = async (host: string) => {
    const found = dns[host];
    if (!found) throw new Error(`ENOTFOUND ${host}`);
    return found;
  };
  const closed = { allowPrivate: false };
  const open = { allowPrivate: true };

  it.each([
    ["https://hooks.example.org/accord", closed, null],
    ["http://hooks.example.org/accord", closed, "notHttps"],
    ["http://hooks.example.org/accord", open, "notHttps"],
    ["https://intranet.local/hook", closed, "private"],
    ["https://intranet.local/hook", open, null],
    ["http://intranet.local/hook", open, null],
    ["http://127.0.0.1:8080/hook", closed, "private"],
    ["http://127.0.0.1:8080/hook", open, null],
    ["https://[::1]/hook", closed, "private"],
    ["https://split.example.org/", closed, "private"],
    ["https://metadata.example.org/", open, "forbidden"],
    ["http://169.254.169.254/latest/meta-data", open, "forbidden"],
    ["https://nowhere.invalid/", closed, "unresolvable"],
    ["https://user:secret@hooks.example.org/", closed, "credentials"],
    ["ftp://hooks.example.org/", closed, "invalidUrl"],
    ["hooks.example.org/accord", closed, "invalidUrl"],
  ] as const)("%s (private allowed: %o) → %s", async (url, policy, expected) => {
    expect(await webhookTargetRefusal(url, policy, lookup)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------

const AUTH = "unit-test-secret-0123456789-abcdefghijklmnop";
let testDb: TestDatabase;
let db: PrismaClient;
let now = new Date("2026-12-09T15:00:00Z");
let agreements: { id: string; reference: string; leadOrganizationId: string }[];

type Received = { id: string; type: string; reference: string | null; verified: boolean; timestamp: number; body: WebhookPayload };
let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
/** Event ids the receiver answers 500 for (once each). */
const failOnce = new Set<string>();
let secret = "";

const worker = (allowPrivate = true) =>
  new NotifyWorker(db, createMailTransport({ SMTP_URL: undefined, MAIL_FROM: "Accord <accord@test.local>", MAIL_DIR: undefined }), {
    appUrl: "http://accord.test",
    secret: AUTH,
    staleAfterDays: 30,
    webhooksAllowPrivate: allowPrivate,
    clock: () => now,
  });

async function endpoint(events: string[], options: { organizationId?: string; url?: string; paused?: boolean } = {}) {
  secret = newWebhookSecret();
  const creator = await db.user.findFirstOrThrow({ where: { role: "admin" } });
  return db.webhookEndpoint.create({
    data: {
      name: "Receiver",
      url: options.url ?? receiverUrl,
      events: JSON.stringify(events),
      organizationId: options.organizationId ?? null,
      secretCipher: sealSecret(secret, AUTH, { salt: "accord-webhooks", info: "signing-secret" }),
      secretHint: secret.slice(0, 12),
      createdById: creator.id,
      pausedAt: options.paused ? now : null,
    },
  });
}

const queue = (events: WebhookEventInput[]) => db.$transaction((tx) => recordWebhookEvents(tx, events, now));
const statusEvent = (agreementId: string, after: string): WebhookEventInput => ({
  type: "status.changed",
  agreementId,
  data: { statusUpdateId: `su-${after}`, status: { before: "on_track", after }, progress: { before: 10, after: 20 }, note: "" },
});

beforeAll(async () => {
  process.env.AUTH_SECRET = AUTH;
  process.env.APP_URL = "http://accord.test";
  testDb = createTestDatabase("webhooks");
  db = new PrismaClient({ adapter: sqliteAdapter(testDb.file, { busyTimeoutMs: 10_000 }) });
  await seedDatabase(db, { demo: true });
  agreements = await db.agreement.findMany({ orderBy: { reference: "asc" }, take: 3, select: { id: true, reference: true, leadOrganizationId: true } });
  receiver = http.createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      const id = String(request.headers["webhook-id"]);
      const timestamp = Number(request.headers["webhook-timestamp"]);
      const body = JSON.parse(raw) as WebhookPayload;
      received.push({
        id,
        type: body.type,
        reference: body.agreement?.reference ?? null,
        verified: verifyWebhookSignature(secret, id, timestamp, raw, String(request.headers["webhook-signature"])),
        timestamp,
        body,
      });
      if (failOnce.delete(id)) {
        response.writeHead(500, { "content-type": "text/plain" }).end("receiver busy");
      } else {
        response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/accord`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  await db?.$disconnect();
  testDb?.remove();
});

beforeEach(async () => {
  now = new Date("2026-12-09T15:00:00Z");
  received.length = 0;
  failOnce.clear();
  await db.outboxMessage.deleteMany();
  await db.webhookEndpoint.deleteMany();
});

describe("webhook delivery", { timeout: 60_000 }, () => {
  it("signs each delivery, retries after a 500, and keeps the order per agreement", async () => {
    const hook = await endpoint(["status.changed"]);
    const [a, b] = agreements;
    await queue([statusEvent(a!.id, "at_risk")]);
    now = new Date(now.getTime() + 1);
    await queue([statusEvent(a!.id, "delayed")]);
    await queue([statusEvent(b!.id, "completed")]);
    const rows = await db.outboxMessage.findMany({ where: { webhookEndpointId: hook.id }, orderBy: { createdAt: "asc" } });
    const firstOfA = JSON.parse(rows[0]!.payload) as WebhookPayload;
    failOnce.add(firstOfA.id);

    const round1 = await worker().deliverDue("webhook");
    // A's first event got the 500; A's second waits behind it; B's went through.
    expect(round1).toEqual({ sent: 1, retried: 1, failed: 0 });
    expect(received.map((r) => [r.reference, r.body.data.status])).toEqual([
      [a!.reference, { before: "on_track", after: "at_risk" }],
      [b!.reference, { before: "on_track", after: "completed" }],
    ]);
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: rows[0]!.id } });
    expect(failed).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, responseBody: "receiver busy", lastError: "HTTP 500" });
    expect(failed.nextAttemptAt.getTime()).toBe(now.getTime() + WEBHOOK_BACKOFF_MS[0]);

    // Nothing is due before the backoff has passed, and A's second event still waits.
    expect(await worker().deliverDue("webhook")).toEqual({ sent: 0, retried: 0, failed: 0 });
    now = new Date(now.getTime() + WEBHOOK_BACKOFF_MS[0]);
    expect(await worker().deliverDue("webhook")).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(received.slice(2).map((r) => r.body.data.status)).toEqual([
      { before: "on_track", after: "at_risk" },
      { before: "on_track", after: "delayed" },
    ]);
    // The retry is the same event (same id and body), signed anew with the attempt's timestamp.
    expect(received[2]!.id).toBe(received[0]!.id);
    expect(received[2]!.timestamp).toBeGreaterThan(received[0]!.timestamp);
    expect(received.every((r) => r.verified)).toBe(true);
    // Every body is what the OpenAPI document's `webhooks` section promises.
    for (const r of received) expect(webhookPayloadSchemas[r.body.type].safeParse(r.body).success).toBe(true);
    expect(received[0]!.body.agreement).toEqual({ reference: a!.reference, title: expect.any(String), url: expect.stringMatching(new RegExp(`^https?://[^/]+/agreements/${a!.reference}$`)) });
    const sent = await db.outboxMessage.findMany({ where: { webhookEndpointId: hook.id } });
    expect(sent.map((r) => [r.status, r.responseStatus])).toEqual(sent.map(() => ["sent", 200]));
  });

  it("gives up after the last retry, and a given-up event no longer holds the next one back", async () => {
    await endpoint(["status.changed"]);
    const [a] = agreements;
    await queue([statusEvent(a!.id, "at_risk")]);
    now = new Date(now.getTime() + 1);
    await queue([statusEvent(a!.id, "delayed")]);
    const [first] = await db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } });
    const firstId = (JSON.parse(first!.payload) as WebhookPayload).id;
    for (let attempt = 0; attempt <= WEBHOOK_BACKOFF_MS.length; attempt++) {
      failOnce.add(firstId);
      await worker().deliverDue("webhook");
      now = new Date(now.getTime() + (WEBHOOK_BACKOFF_MS[attempt] ?? 0));
    }
    const rows = await db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(["failed", "sent"]);
    expect(rows[0]!.attempts).toBe(WEBHOOK_BACKOFF_MS.length + 1);
    expect(received.filter((r) => r.id === firstId)).toHaveLength(WEBHOOK_BACKOFF_MS.length + 1);
  });

  it("refuses at delivery an address the setting does not allow, for good", async () => {
    await endpoint(["status.changed"]);
    await queue([statusEvent(agreements[0]!.id, "at_risk")]);
    expect(await worker(false).deliverDue("webhook")).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(received).toHaveLength(0);
    expect((await db.outboxMessage.findFirstOrThrow()).lastError).toMatch(/refused.*private/);
  });

  it("holds a paused endpoint's events until it is resumed", async () => {
    const hook = await endpoint(["status.changed"], { paused: true });
    await queue([statusEvent(agreements[0]!.id, "at_risk")]);
    expect(await worker().deliverDue("webhook")).toEqual({ sent: 0, retried: 0, failed: 0 });
    await db.webhookEndpoint.update({ where: { id: hook.id }, data: { pausedAt: null } });
    expect(await worker().deliverDue("webhook")).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it("queues only subscribed events, only for the endpoint's organization's agreements", async () => {
    const [a, b] = agreements;
    const other = await db.organization.findFirstOrThrow({ where: { id: { not: a!.leadOrganizationId }, leads: { none: { id: a!.id } }, partyTo: { none: { agreementId: a!.id } } } });
    const scoped = await endpoint(["status.changed"], { organizationId: a!.leadOrganizationId });
    const comments = await endpoint(["comment.added"], { organizationId: other.id });
    const queued = await queue([statusEvent(a!.id, "at_risk"), statusEvent(b!.id, "at_risk"), { type: "comment.added", agreementId: a!.id, data: { comment: { id: "c1", body: "Noted", milestoneId: null, createdAt: now.toISOString() } } }]);
    const rows = await db.outboxMessage.findMany({ select: { webhookEndpointId: true, agreementId: true, kind: true } });
    const involvesB = (await db.agreement.count({
      where: { id: b!.id, OR: [{ leadOrganizationId: a!.leadOrganizationId }, { parties: { some: { organizationId: a!.leadOrganizationId } } }] },
    })) > 0;
    expect(queued).toBe(involvesB ? 2 : 1);
    expect(rows.every((r) => r.webhookEndpointId === scoped.id && r.kind === "status.changed")).toBe(true);
    expect(rows.some((r) => r.webhookEndpointId === comments.id)).toBe(false);
  });

  it("tells of a milestone becoming overdue once, however many rounds run", async () => {
    await endpoint(["milestone.overdue"]);
    const milestone = await db.milestone.create({
      data: { agreementId: agreements[0]!.id, title: "Ferry schedule agreed", dueDate: new Date("2026-12-07T00:00:00Z") },
    });
    expect(await computeOverdueWebhookEvents(db, now)).toBeGreaterThanOrEqual(1);
    expect(await computeOverdueWebhookEvents(db, now)).toBe(0);
    const summary = await worker().runOnce();
    expect(summary.webhooks.overdue).toBe(0);
    const event = received.find((r) => (r.body.data.milestone as { id: string }).id === milestone.id);
    expect(event?.body).toMatchObject({ type: "milestone.overdue", actor: null, data: { milestone: { title: "Ferry schedule agreed", dueDate: "2026-12-07" } } });
    expect(event?.verified).toBe(true);
  });
});
