// The signed one-click unsubscribe: it turns off the one kind it names for the person it names;
// a changed or expired link changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteAdapter } from "@/lib/sqlite-adapter";
import { unsubscribeToken, verifyUnsubscribeToken, UNSUBSCRIBE_VALID_DAYS } from "@/lib/domain/unsubscribe-token";
import { createTestDatabase, pointDataLayerAt, releaseDataLayer, type TestDatabase } from "./support/test-db";

const SECRET = "unit-test-secret-0123456789-abcdefghijklmnop";
let testDb: TestDatabase;
let db: PrismaClient;
let data: typeof import("@/lib/data/notification-preferences");
let userId: string;

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  testDb = createTestDatabase("unsubscribe");
  db = new PrismaClient({ adapter: sqliteAdapter(testDb.file) });
  pointDataLayerAt(testDb, db);
  data = await import("@/lib/data/notification-preferences");
  userId = (await db.user.create({ data: { email: "u@test.local", name: "U", passwordHash: "x", role: "viewer" } })).id;
});

afterAll(async () => {
  releaseDataLayer();
  await db.$disconnect();
  testDb.remove();
});

const prefs = async () => Object.fromEntries((await db.notificationPreference.findMany({ where: { userId } })).map((p) => [p.kind, p.channel]));

describe("unsubscribe links", () => {
  it("refuse a tampered link and change nothing", async () => {
    const token = unsubscribeToken(SECRET, userId, "mention");
    const [id, , expires, signature] = token.split(".");
    for (const bad of [`${id}.status_alert.${expires}.${signature}`, `${id}.mention.${Number(expires) + 1}.${signature}`, `${token}x`, "garbage"]) {
      expect(await data.unsubscribe(bad)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(verifyUnsubscribeToken("another-secret-of-at-least-32-characters!", token).ok).toBe(false);
    expect(await prefs()).toEqual({});
    expect(await db.auditEvent.count({ where: { action: "notification_preferences.unsubscribe" } })).toBe(0);
  });

  it("refuse an expired link and change nothing", async () => {
    const issued = new Date("2026-01-01T00:00:00Z");
    const token = unsubscribeToken(SECRET, userId, "mention", issued);
    const later = new Date(issued.getTime() + (UNSUBSCRIBE_VALID_DAYS + 1) * 86_400_000);
    expect(await data.unsubscribe(token, later)).toEqual({ ok: false, reason: "expired" });
    expect(await prefs()).toEqual({});
  });

  it("turn off that kind only, audited, and the digest through its own link", async () => {
    expect(await data.unsubscribe(unsubscribeToken(SECRET, userId, "mention"))).toMatchObject({ ok: true, topic: "mention" });
    expect(await prefs()).toEqual({ mention: "off" });
    const settings = await data.getNotificationSettings(userId);
    expect(settings.channels).toMatchObject({ mention: "off", status_alert: "immediate", comment: "digest" });
    expect(settings.digestFrequency).toBe("weekly");
    await data.unsubscribe(unsubscribeToken(SECRET, userId, "digest"));
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).digestFrequency).toBe("off");
    expect(await prefs()).toEqual({ mention: "off" });
    expect(await db.auditEvent.count({ where: { action: "notification_preferences.unsubscribe", actorId: userId } })).toBe(2);
  });

  it("write nothing the second time: a repeated click or a retried one-click POST is not a new change", async () => {
    const audits = () => db.auditEvent.count({ where: { action: "notification_preferences.unsubscribe", actorId: userId } });
    const before = await audits();
    for (const topic of ["mention", "digest"] as const) {
      expect(await data.unsubscribe(unsubscribeToken(SECRET, userId, topic))).toMatchObject({ ok: true, topic });
    }
    expect(await audits()).toBe(before);
    expect(await prefs()).toEqual({ mention: "off" });
  });
});
