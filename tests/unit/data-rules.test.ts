// Rules enforced by lib/data on a real (temporary) SQLite database: things the UI cannot reach,
// so they are tested where they live.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteAdapter } from "@/lib/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed-core";
import { createTestDatabase, pointDataLayerAt, releaseDataLayer, type TestDatabase } from "./support/test-db";
import type { Actor } from "@/lib/domain/permissions";

let testDb: TestDatabase;
let db: PrismaClient;
let data: {
  users: typeof import("@/lib/data/users");
  milestones: typeof import("@/lib/data/milestones");
  tracking: typeof import("@/lib/data/tracking");
  challenges: typeof import("@/lib/data/challenges");
};

beforeAll(async () => {
  testDb = createTestDatabase("data-rules");
  db = new PrismaClient({ adapter: sqliteAdapter(testDb.file) });
  await seedDatabase(db, { demo: true });
  pointDataLayerAt(testDb, db);
  data = {
    users: await import("@/lib/data/users"),
    milestones: await import("@/lib/data/milestones"),
    tracking: await import("@/lib/data/tracking"),
    challenges: await import("@/lib/data/challenges"),
  };
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  testDb?.remove();
  releaseDataLayer();
});

const actorOf = async (email: string): Promise<Actor> => {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, role: u.role as Actor["role"], organizationId: u.organizationId };
};

describe("users", () => {
  it("never removes the last active admin, by role change or deactivation", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@accord.test" } });
    expect(await db.user.count({ where: { role: "admin", active: true } })).toBe(1);
    const base = { userId: admin.id, name: admin.name, organizationId: null };
    await expect(data.users.updateUser({ ...base, version: admin.version, role: "viewer", active: true }, admin.id)).rejects.toMatchObject({ message: "validation.lastAdmin", field: "role" });
    await expect(data.users.updateUser({ ...base, version: admin.version, role: "admin", active: false }, admin.id)).rejects.toMatchObject({ message: "validation.lastAdmin", field: "active" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", active: true });
    expect(await db.auditEvent.count({ where: { entityId: admin.id, action: { in: ["user.update", "user.deactivate"] } } })).toBe(0);
  });

  it("allows it once another admin exists, and refuses a stale version", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@accord.test" } });
    const viewer = await db.user.findUniqueOrThrow({ where: { email: "viewer@accord.test" } });
    await data.users.updateUser({ userId: viewer.id, version: viewer.version, name: viewer.name, role: "admin", organizationId: null, active: true }, admin.id);
    await expect(
      data.users.updateUser({ userId: viewer.id, version: viewer.version, name: "Stale", role: "viewer", organizationId: null, active: true }, admin.id),
    ).rejects.toMatchObject({ message: "validation.userChanged" });
    await data.users.updateUser({ userId: admin.id, version: admin.version, name: admin.name, role: "viewer", organizationId: null, active: true }, viewer.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("viewer");
  });
});

describe("milestones", () => {
  it("refuses a milestone id that belongs to another agreement, and writes nothing", async () => {
    const editor = await actorOf("socar.editor@accord.test");
    const own = await db.agreement.findUniqueOrThrow({ where: { reference: "AZ-KZ-2025-ENE-01" } });
    const other = await db.milestone.findFirstOrThrow({ where: { agreement: { reference: "AZ-KZ-2025-DIG-01" }, doneDate: null } });
    await expect(
      data.milestones.completeMilestone({ agreementId: own.id, milestoneId: other.id, version: other.version, doneDate: "2026-11-01", evidence: "x" }, editor),
    ).rejects.toMatchObject({ message: "validation.milestoneNotInAgreement", status: 404 });
    expect((await db.milestone.findUniqueOrThrow({ where: { id: other.id } })).doneDate).toBeNull();
  });

  it("refuses an editor of an unrelated organization", async () => {
    const editor = await actorOf("kz.digital.editor@accord.test");
    const agreement = await db.agreement.findUniqueOrThrow({ where: { reference: "AZ-KZ-2025-ENE-01" } });
    await expect(data.milestones.addMilestone({ agreementId: agreement.id, title: "x", language: "en", dueDate: "2027-01-01" }, editor)).rejects.toMatchObject({ status: 403 });
    expect(await db.milestone.count({ where: { agreementId: agreement.id, title: "x" } })).toBe(0);
  });
});

describe("status updates", () => {
  it("refuses a save based on a stale version and names who changed it", async () => {
    const editor = await actorOf("socar.editor@accord.test");
    const agreement = await db.agreement.findUniqueOrThrow({ where: { reference: "AZ-KZ-2025-ENE-03" } });
    const input = { agreementId: agreement.id, version: agreement.version, status: "on_track" as const, progress: 5, note: "first", assessments: [] };
    await data.tracking.postStatusUpdate(input, editor);
    await expect(data.tracking.postStatusUpdate({ ...input, note: "second" }, editor)).rejects.toMatchObject({
      message: "errors.stale",
      status: 409,
      values: { name: "Elvin Mammadov" },
    });
    const notes = (await db.statusUpdate.findMany({ where: { agreementId: agreement.id }, orderBy: { createdAt: "asc" } })).map((u) => u.note);
    expect(notes.at(-1)).toBe("first");
    expect(notes).not.toContain("second");
  });
});

describe("challenges", () => {
  it("archiving recomputes the worst severity of exactly the agreements it was worst on; restoring brings it back", async () => {
    const admin = await actorOf("admin@accord.test");
    const [first, second] = await db.agreement.findMany({ orderBy: { reference: "asc" }, take: 2 });
    const challenge = await db.challenge.create({ data: { name: "Unit: permafrost", sortOrder: 99 } });
    // `first` is assessed "critical" on it (and at most "low" elsewhere); `second` only "none".
    await db.challengeAssessment.updateMany({ where: { agreementId: first.id }, data: { severity: "low" } });
    await db.challengeAssessment.create({ data: { agreementId: first.id, challengeId: challenge.id, severity: "critical" } });
    await db.challengeAssessment.create({ data: { agreementId: second.id, challengeId: challenge.id, severity: "none" } });
    await db.agreement.update({ where: { id: first.id }, data: { worstSeverity: 4 } });
    const secondBefore = (await db.agreement.findUniqueOrThrow({ where: { id: second.id } })).worstSeverity;
    const worst = async (id: string) => (await db.agreement.findUniqueOrThrow({ where: { id } })).worstSeverity;

    expect(await data.challenges.setChallengeArchived({ challengeId: challenge.id, archived: true }, admin)).toEqual({
      changed: true,
      agreementsRecomputed: 1,
    });
    expect(await worst(first.id)).toBe(1);
    expect(await worst(second.id)).toBe(secondBefore);
    // The assessment itself is kept, for the history and for a restore.
    expect(await db.challengeAssessment.count({ where: { challengeId: challenge.id } })).toBe(2);

    // Asking again changes nothing and records nothing.
    expect(await data.challenges.setChallengeArchived({ challengeId: challenge.id, archived: true }, admin)).toEqual({
      changed: false,
      agreementsRecomputed: 0,
    });

    await data.challenges.setChallengeArchived({ challengeId: challenge.id, archived: false }, admin);
    expect(await worst(first.id)).toBe(4);
    const actions = (await db.auditEvent.findMany({ where: { entityId: challenge.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["challenge.archive", "challenge.restore"]);
  });

  it("keeps at least one challenge active, and refuses an unknown one", async () => {
    const admin = await actorOf("admin@accord.test");
    const active = await db.challenge.findMany({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" } });
    for (const c of active.slice(1)) await db.challenge.update({ where: { id: c.id }, data: { archivedAt: new Date() } });
    try {
      await expect(data.challenges.setChallengeArchived({ challengeId: active[0].id, archived: true }, admin)).rejects.toMatchObject({
        message: "admin.challenges.lastActive",
        status: 409,
      });
      expect((await db.challenge.findUniqueOrThrow({ where: { id: active[0].id } })).archivedAt).toBeNull();
      await expect(data.challenges.setChallengeArchived({ challengeId: "c0000000000000000000000000", archived: true }, admin)).rejects.toMatchObject({
        status: 404,
      });
    } finally {
      await db.challenge.updateMany({ where: { id: { in: active.slice(1).map((c) => c.id) } }, data: { archivedAt: null } });
    }
  });

  it("moves a challenge one place, renumbers the active ones 1..n, and does nothing at either end", async () => {
    const admin = await actorOf("admin@accord.test");
    const activeNames = async () =>
      (await db.challenge.findMany({ where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] })).map((c) => c.name);
    // A tie with the last one, as older data may hold: the name decides until a move renumbers.
    const tied = await db.challenge.findFirstOrThrow({ where: { archivedAt: null }, orderBy: [{ sortOrder: "desc" }, { name: "desc" }] });
    const extra = await db.challenge.create({ data: { name: "Unit: a tie", sortOrder: tied.sortOrder } });
    const before = await activeNames();
    const at = before.indexOf(extra.name);

    const up = await data.challenges.moveChallenge({ challengeId: extra.id, direction: "up" }, admin);
    expect(up).toEqual({ changed: true, name: extra.name, position: at, count: before.length });
    const expected = before.toSpliced(at, 1).toSpliced(at - 1, 0, extra.name);
    expect(await activeNames()).toEqual(expected);
    const numbers = (await db.challenge.findMany({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" } })).map((c) => c.sortOrder);
    expect(numbers).toEqual(before.map((_, i) => i + 1));
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: extra.id, action: "challenge.move" } });
    expect([JSON.parse(event.before ?? "{}"), JSON.parse(event.after ?? "{}")]).toEqual([{ position: at + 1 }, { position: at }]);

    // Back down, then past the end: the last move changes nothing and records nothing.
    await data.challenges.moveChallenge({ challengeId: extra.id, direction: "down" }, admin);
    expect(await activeNames()).toEqual(before);
    const firstName = before[0];
    const first = await db.challenge.findUniqueOrThrow({ where: { name: firstName } });
    const events = await db.auditEvent.count({ where: { action: "challenge.move" } });
    expect(await data.challenges.moveChallenge({ challengeId: first.id, direction: "up" }, admin)).toMatchObject({ changed: false, position: 1 });
    const last = await db.challenge.findUniqueOrThrow({ where: { name: before.at(-1) } });
    expect(await data.challenges.moveChallenge({ challengeId: last.id, direction: "down" }, admin)).toMatchObject({
      changed: false,
      position: before.length,
    });
    expect(await db.auditEvent.count({ where: { action: "challenge.move" } })).toBe(events);

    // Archived, it has no place to move from; restored, it comes back last.
    await data.challenges.setChallengeArchived({ challengeId: first.id, archived: true }, admin);
    await expect(data.challenges.moveChallenge({ challengeId: first.id, direction: "down" }, admin)).rejects.toMatchObject({
      message: "admin.challenges.archivedHasNoPlace",
      status: 409,
    });
    await data.challenges.setChallengeArchived({ challengeId: first.id, archived: false }, admin);
    expect((await activeNames()).at(-1)).toBe(firstName);
    await expect(data.challenges.moveChallenge({ challengeId: "c0000000000000000000000000", direction: "up" }, admin)).rejects.toMatchObject({
      status: 404,
    });
  });
});
