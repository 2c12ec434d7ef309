// Read caches keyed on the data revision (lib/data/revision-keyed-cache.ts): a repeated read costs one
// small query, and any audited change, made by any app instance, is seen by the next read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RevisionCache } from "@/lib/read-cache";
import { parseAgreementQuery } from "@/lib/url-state/agreement-query";
import { createTestDatabase, pointDataLayerAt, recordingClient, releaseDataLayer, seedPortfolio, type RecordingClient, type TestDatabase } from "./support/test-db";

describe("RevisionCache", () => {
  const counting = () => {
    let calls = 0;
    return { compute: async () => ++calls, calls: () => calls };
  };

  it("reuses a result for the same key and revision, recomputes when the revision moves", async () => {
    const cache = new RevisionCache<number>({ maxEntries: 10, maxAgeMs: 60_000 });
    const c = counting();
    expect(await cache.get("a", 1, c.compute, 0)).toBe(1);
    expect(await cache.get("a", 1, c.compute, 10)).toBe(1);
    expect(await cache.get("a", 2, c.compute, 20)).toBe(2);
    expect(await cache.get("a", 2, c.compute, 30)).toBe(2);
    expect(c.calls()).toBe(2);
  });

  it("recomputes an entry older than maxAgeMs even at the same revision", async () => {
    const cache = new RevisionCache<number>({ maxEntries: 10, maxAgeMs: 1000 });
    const c = counting();
    await cache.get("a", 1, c.compute, 0);
    expect(await cache.get("a", 1, c.compute, 999)).toBe(1);
    expect(await cache.get("a", 1, c.compute, 1000)).toBe(2);
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const cache = new RevisionCache<string>({ maxEntries: 2, maxAgeMs: Infinity });
    let calls = 0;
    const compute = (v: string) => async () => (calls++, v);
    await cache.get("a", 1, compute("a"));
    await cache.get("b", 1, compute("b"));
    await cache.get("a", 1, compute("a")); // a is now the most recent
    await cache.get("c", 1, compute("c")); // evicts b
    expect(cache.size).toBe(2);
    expect(calls).toBe(3);
    await cache.get("a", 1, compute("a"));
    expect(calls).toBe(3);
    await cache.get("b", 1, compute("b"));
    expect(calls).toBe(4);
  });

  it("keeps nothing with maxEntries 0 (READ_CACHE=off)", async () => {
    const cache = new RevisionCache<number>({ maxEntries: 0, maxAgeMs: Infinity });
    const c = counting();
    expect(await cache.get("a", 1, c.compute)).toBe(1);
    expect(await cache.get("a", 1, c.compute)).toBe(2);
    expect(cache.size).toBe(0);
  });

  it("shares one computation between concurrent misses and does not keep a failure", async () => {
    const cache = new RevisionCache<number>({ maxEntries: 10, maxAgeMs: Infinity });
    let calls = 0;
    let release: (v: number) => void = () => {};
    const slow = () => {
      calls++;
      return new Promise<number>((resolve) => (release = resolve));
    };
    const both = Promise.all([cache.get("a", 1, slow), cache.get("a", 1, slow)]);
    release(42);
    expect(await both).toEqual([42, 42]);
    expect(calls).toBe(1);

    const failing = async (): Promise<number> => {
      calls++;
      throw new Error("database is locked");
    };
    await expect(cache.get("b", 1, failing)).rejects.toThrow("database is locked");
    expect(await cache.get("b", 1, async () => 7)).toBe(7);
  });
});

describe("listAgreements through the revision cache", () => {
  let testDb: TestDatabase;
  let recorder: RecordingClient;
  let data: typeof import("@/lib/data/agreements");
  let admin: typeof import("@/lib/data/agreement-admin");
  const NOW = new Date("2026-11-01T12:00:00Z");

  beforeAll(async () => {
    testDb = createTestDatabase("revision-cache");
    await seedPortfolio(testDb, { agreements: 120, updates: 400, milestones: 200 }, { now: NOW, seed: 3 });
    recorder = recordingClient(testDb);
    pointDataLayerAt(testDb, recorder.client);
    data = await import("@/lib/data/agreements");
    admin = await import("@/lib/data/agreement-admin");
  }, 60_000);

  afterAll(async () => {
    await recorder?.client.$disconnect();
    testDb?.remove();
    releaseDataLayer();
  });

  it("answers a repeated page with one query, and shows an audited change at once", async () => {
    const query = parseAgreementQuery(new URLSearchParams("area=energy&sort=reference&size=25"));
    recorder.reset();
    const first = await data.listAgreements(query, NOW);
    const firstStatements = recorder.statements.length;
    expect(firstStatements).toBeGreaterThan(2);

    recorder.reset();
    const again = await data.listAgreements(query, NOW);
    expect(recorder.statements, "only the revision is read").toHaveLength(1);
    expect(recorder.statements[0]).toMatch(/DataRevision/);
    expect(again.rows.map((r) => r.reference)).toEqual(first.rows.map((r) => r.reference));

    // Archive the first row through the data layer (a transaction with its audit event).
    const target = first.rows[0]!;
    const row = testDb.sqlite.prepare("SELECT version FROM Agreement WHERE id = ?").get(target.id) as { version: number };
    const revisionBefore = (testDb.sqlite.prepare("SELECT value FROM DataRevision").get() as { value: number }).value;
    const adminUser = testDb.sqlite.prepare("SELECT id FROM User WHERE role = 'admin' LIMIT 1").get() as { id: string };
    await admin.setArchived({ agreementId: target.id, version: row.version, archived: true }, { id: adminUser.id, role: "admin", organizationId: null });
    const revisionAfter = (testDb.sqlite.prepare("SELECT value FROM DataRevision").get() as { value: number }).value;
    expect(revisionAfter).toBeGreaterThan(revisionBefore);

    recorder.reset();
    const after = await data.listAgreements(query, NOW);
    expect(recorder.statements.length).toBe(firstStatements);
    expect(after.total).toBe(first.total - 1);
    expect(after.rows.map((r) => r.reference)).not.toContain(target.reference);
  });

  it("reads again after a minute, since stale and overdue move with the clock", async () => {
    const query = parseAgreementQuery(new URLSearchParams("stale=1&size=25"));
    await data.listAgreements(query, NOW);
    recorder.reset();
    await data.listAgreements(query, new Date(NOW.getTime() + 61_000));
    expect(recorder.statements.length).toBeGreaterThan(1);
  });
});
