import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteAdapter } from "@/lib/sqlite-adapter";
import { prismaClient } from "@/lib/prisma-client";
import { createTestDatabase } from "./support/test-db";

// The failures this adapter exists for, each reproduced against a real SQLite file. Every test
// fails with Prisma's stock better-sqlite3 adapter (tried).

const testDb = createTestDatabase("sqlite-adapter");
testDb.sqlite.close();
const client = new PrismaClient({ adapter: sqliteAdapter(testDb.file) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const event = (action: string, actorId?: string) => ({ data: { action, entityType: "test", entityId: action, actorId } });

/** What another connection sees as committed: the rows' actions, in order. */
function committedActions(): string[] {
  const other = new Database(testDb.file, { readonly: true });
  try {
    return other.prepare<[], { action: string }>('SELECT "action" FROM "AuditEvent" ORDER BY "action"').all().map((r) => r.action);
  } finally {
    other.close();
  }
}

/** Another process holding SQLite's write lock (inside an uncommitted write) for `ms`; resolves once it holds it. */
function anotherProcessWrites(action: string, ms: number): Promise<{ done: Promise<number | null> }> {
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare('INSERT INTO "AuditEvent" ("id", "action", "entityType", "entityId", "createdAt") VALUES (?, ?, ?, ?, ?)')
      .run(process.argv[2], process.argv[2], "test", process.argv[2], Date.now());
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[3]));`;
  const child = spawn(process.execPath, ["-e", script, testDb.file, action, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  const done = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve({ done }));
    child.on("exit", (code) => reject(new Error(`the writer process exited (${code}) before taking the lock`)));
  });
}

beforeAll(() => client.auditEvent.count());
afterAll(async () => {
  await client.$disconnect();
  testDb.remove();
});

describe("the SQLite adapter", () => {
  it("gives both of its connections the page cache it is told (SQLITE_CACHE_MB)", async () => {
    const sized = new PrismaClient({ adapter: sqliteAdapter(testDb.file, { cacheMiB: 16 }) });
    try {
      const cacheSize = async () =>
        Number((await sized.$queryRaw<{ cache_size: number | bigint }[]>`SELECT cache_size FROM pragma_cache_size()`)[0]?.cache_size);
      expect(await cacheSize()).toBe(-16 * 1024);
      // While a transaction is open, a plain read goes to the read-only connection.
      await sized.$transaction(async (tx) => {
        await tx.auditEvent.count();
        expect(await cacheSize()).toBe(-16 * 1024);
      });
    } finally {
      await sized.$disconnect();
    }
  });

  it("keeps the database in WAL mode", () => {
    const other = new Database(testDb.file, { readonly: true });
    expect(other.pragma("journal_mode", { simple: true })).toBe("wal");
    other.close();
  });

  it("lets a transaction that reads and then writes wait for another process's write instead of failing", async () => {
    const writer = await anotherProcessWrites("other-process", 300);
    const saved = client.$transaction(async (tx) => {
      const before = await tx.auditEvent.count();
      await tx.auditEvent.create(event("read-then-write"));
      return before;
    });
    // The stock adapter fails here at once with P1008 "Operation has timed out".
    await expect(saved).resolves.toBeTypeOf("number");
    expect(await writer.done).toBe(0);
    expect(committedActions()).toEqual(expect.arrayContaining(["other-process", "read-then-write"]));
  });

  it("does not let a plain write join another request's transaction and roll back with it", async () => {
    let reachedWrite!: () => void;
    const inTransaction = new Promise<void>((resolve) => (reachedWrite = resolve));
    const failing = client.$transaction(async (tx) => {
      await tx.auditEvent.create(event("rolled-back"));
      reachedWrite();
      await sleep(100);
      throw new Error("this save is refused");
    });
    await inTransaction;
    // A Prisma query runs when awaited or then-ed: start it now, while the transaction is open.
    const plain = client.auditEvent.create(event("plain-write")).then((row) => row.id);
    await expect(failing).rejects.toThrow("this save is refused");
    await plain;
    const actions = committedActions();
    expect(actions).toContain("plain-write");
    expect(actions).not.toContain("rolled-back");
  });

  it("answers a plain read during another request's transaction at once, with what is committed", async () => {
    const committed = await client.auditEvent.count();
    let readDone!: (count: number) => void;
    const read = new Promise<number>((resolve) => (readDone = resolve));
    const writing = client.$transaction(
      async (tx) => {
        await tx.auditEvent.create(event("not-yet-committed"));
        // The read must finish while this transaction is still open: waiting for it would hang
        // until the transaction's timeout.
        void client.auditEvent.count().then(readDone);
        return read;
      },
      { timeout: 2000 },
    );
    await expect(writing).resolves.toBe(committed);
    expect(await client.auditEvent.count()).toBe(committed + 1);
  });

  it("rolls back a failed COMMIT, so later writes are committed and later transactions can start", async () => {
    // A deferred foreign-key check fails at COMMIT, the way a busy lock at COMMIT would.
    const failing = client.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.auditEvent.create(event("dangling-actor", "no-such-user"));
    });
    await expect(failing).rejects.toThrow(/foreign ?key/i);
    await client.auditEvent.create(event("after-failed-commit"));
    await client.$transaction(async (tx) => void (await tx.auditEvent.create(event("next-transaction"))), { maxWait: 1000 });
    const actions = committedActions();
    expect(actions).toEqual(expect.arrayContaining(["after-failed-commit", "next-transaction"]));
    expect(actions).not.toContain("dangling-actor");
  });

  it("waits for another process's long write without blocking this process, then writes", async () => {
    // The blocking wait inside better-sqlite3 is shorter than the other process's write; the
    // stock adapter (and this one before) failed here with P1008 "Operation has timed out".
    const patient = new PrismaClient({ adapter: sqliteAdapter(testDb.file, { busyTimeoutMs: 50, busyRetryMs: 10_000 }) });
    try {
      await patient.auditEvent.count();
      const writer = await anotherProcessWrites("long-write", 800);
      let ticks = 0;
      const clock = setInterval(() => ticks++, 20);
      const [plain, inTransaction] = await Promise.all([
        patient.auditEvent.create(event("after-long-write")).then(() => Date.now()),
        patient.$transaction(async (tx) => void (await tx.auditEvent.create(event("transaction-after-long-write"))), { maxWait: 10_000 }),
      ]);
      clearInterval(clock);
      expect(plain).toBeTypeOf("number");
      expect(inTransaction).toBeUndefined();
      // The event loop ran while waiting: 800 ms of waiting in better-sqlite3 would allow ~0 ticks.
      expect(ticks).toBeGreaterThan(10);
      expect(await writer.done).toBe(0);
      expect(committedActions()).toEqual(expect.arrayContaining(["long-write", "after-long-write", "transaction-after-long-write"]));
    } finally {
      await patient.$disconnect();
    }
  });

  it("gives up with Prisma's timeout once the wait is longer than it may be", async () => {
    const hasty = new PrismaClient({ adapter: sqliteAdapter(testDb.file, { busyTimeoutMs: 20, busyRetryMs: 200 }) });
    try {
      await hasty.auditEvent.count();
      const writer = await anotherProcessWrites("longer-write", 1500);
      await expect(hasty.auditEvent.create(event("never-written"))).rejects.toMatchObject({ code: "P1008" });
      expect(await writer.done).toBe(0);
      expect(committedActions()).not.toContain("never-written");
    } finally {
      await hasty.$disconnect();
    }
  });

  it("gives the app's transactions the same patience: one waits out a lock held past Prisma's default maxWait (2 s)", async () => {
    // The app's client (lib/prisma-client.ts), with no transaction options of its own.
    const app = prismaClient(`file:${testDb.file}`);
    try {
      await app.auditEvent.count();
      const writer = await anotherProcessWrites("held-past-max-wait", 2500);
      await expect(app.$transaction(async (tx) => void (await tx.auditEvent.create(event("after-max-wait"))))).resolves.toBeUndefined();
      expect(await writer.done).toBe(0);
      expect(committedActions()).toEqual(expect.arrayContaining(["held-past-max-wait", "after-max-wait"]));
    } finally {
      await app.$disconnect();
    }
  });
});
