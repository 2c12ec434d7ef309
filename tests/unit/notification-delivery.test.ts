// recordNotifications is the one writer of notifications: checked on a real (SQLite) database,
// with the statements it sends counted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordNotifications, type NewNotification } from "@/lib/data/notification-delivery";
import { createTestDatabase, recordingClient, type RecordingClient, type TestDatabase } from "./support/test-db";

let testDb: TestDatabase;
let recorder: RecordingClient;
const ids: Record<"actor" | "a" | "b" | "c" | "inactive", string> = { actor: "", a: "", b: "", c: "", inactive: "" };

beforeAll(async () => {
  testDb = createTestDatabase("notification-delivery");
  recorder = recordingClient(testDb);
  for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
    const user = await recorder.client.user.create({
      data: { email: `${key}@unit.test`, name: key, passwordHash: "x", role: "editor", active: key !== "inactive" },
    });
    ids[key] = user.id;
  }
}, 60_000);

afterAll(async () => {
  await recorder?.client.$disconnect();
  testDb?.remove();
});

beforeEach(async () => {
  await recorder.client.outboxMessage.deleteMany();
  await recorder.client.notification.deleteMany();
  await recorder.client.notificationPreference.deleteMany();
});

const record = (candidates: NewNotification[]) => recorder.client.$transaction((tx) => recordNotifications(tx, candidates));
const count = (sql: string) => (testDb.sqlite.prepare(sql).get() as { n: number }).n;

describe("recordNotifications", () => {
  it("never notifies people of their own action", async () => {
    const written = await record([
      { userId: ids.actor, kind: "comment", actorId: ids.actor },
      { userId: ids.a, kind: "comment", actorId: ids.actor },
    ]);
    expect(written.map((n) => n.userId)).toEqual([ids.a]);
    expect(count(`SELECT count(*) AS n FROM Notification WHERE userId = '${ids.actor}'`)).toBe(0);
  });

  it("skips inactive accounts", async () => {
    await record([{ userId: ids.inactive, kind: "mention", actorId: ids.actor }]);
    expect(count("SELECT count(*) AS n FROM Notification")).toBe(0);
    expect(count("SELECT count(*) AS n FROM OutboxMessage")).toBe(0);
  });

  it("writes a dedupe key once, however often it is offered", async () => {
    const reminder: NewNotification = { userId: ids.a, kind: "milestone_overdue", dedupeKey: "overdue:m1:a" };
    expect(await record([reminder])).toHaveLength(1);
    expect(await record([reminder])).toHaveLength(0);
    expect(count("SELECT count(*) AS n FROM Notification WHERE dedupeKey = 'overdue:m1:a'")).toBe(1);
  });

  it("gives one notification per recipient and kind for one change, keeping different kinds", async () => {
    await record([
      { userId: ids.a, kind: "mention", actorId: ids.actor },
      { userId: ids.a, kind: "mention", actorId: ids.actor },
      { userId: ids.a, kind: "comment", actorId: ids.actor },
    ]);
    expect(count(`SELECT count(*) AS n FROM Notification WHERE userId = '${ids.a}' AND kind = 'mention'`)).toBe(1);
    expect(count(`SELECT count(*) AS n FROM Notification WHERE userId = '${ids.a}' AND kind = 'comment'`)).toBe(1);
  });

  it("puts an e-mail in the outbox only for people whose choice for the kind is 'at once'", async () => {
    // Defaults: a mention is mailed at once, a comment waits for the digest.
    await recorder.client.notificationPreference.createMany({
      data: [
        { userId: ids.b, kind: "mention", channel: "off" },
        { userId: ids.c, kind: "comment", channel: "immediate" },
      ],
    });
    const written = await record([
      { userId: ids.a, kind: "mention", actorId: ids.actor },
      { userId: ids.b, kind: "mention", actorId: ids.actor },
      { userId: ids.a, kind: "comment", actorId: ids.actor },
      { userId: ids.c, kind: "comment", actorId: ids.actor },
    ]);
    expect(written).toHaveLength(4);
    const outbox = testDb.sqlite
      .prepare("SELECT o.userId AS userId, n.kind AS kind, o.dedupeKey AS dedupeKey, o.notificationId AS nid FROM OutboxMessage o JOIN Notification n ON n.id = o.notificationId ORDER BY n.kind, o.userId")
      .all() as { userId: string; kind: string; dedupeKey: string; nid: string }[];
    expect(outbox.map((o) => [o.kind, o.userId]).sort()).toEqual([["comment", ids.c], ["mention", ids.a]].sort());
    for (const o of outbox) expect(o.dedupeKey).toBe(`email:notification:${o.nid}`);
  });

  it("reads everyone's preferences in one query, however many recipients", async () => {
    const many: NewNotification[] = [ids.a, ids.b, ids.c].map((userId) => ({ userId, kind: "status_update", actorId: ids.actor }));
    recorder.reset();
    await record(many);
    const preferenceQueries = recorder.statements.filter((s) => /FROM [`"]?(main[`"]?\.)?[`"]?NotificationPreference/i.test(s));
    expect(preferenceQueries).toHaveLength(1);
    const userQueries = recorder.statements.filter((s) => /FROM [`"]?(main[`"]?\.)?[`"]?User[`"]?\s/i.test(s));
    expect(userQueries).toHaveLength(1);
  });

  it("writes nothing and asks nothing when there is nobody to tell", async () => {
    recorder.reset();
    expect(await record([{ userId: ids.actor, kind: "comment", actorId: ids.actor }])).toEqual([]);
    expect(recorder.statements.filter((s) => !/^(BEGIN|COMMIT)/i.test(s.trim()))).toEqual([]);
  });
});
