// Unit tests that need a real database get their own SQLite file under the OS temp folder:
// migrations applied with better-sqlite3 (no Prisma CLI), optionally the real package plus a
// synthetic portfolio, and a Prisma client that records every SQL statement it sends.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { vi } from "vitest";
import { z } from "zod";
import { sqliteAdapter } from "@/lib/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/bench/lib/migrations";
import { addSyntheticPortfolio, type PortfolioSize } from "@/bench/lib/portfolio";
import { seedDatabase } from "@/prisma/seed-core";
import { rebuildDashboardTallies } from "@/lib/data/dashboard-tally";

export type TestDatabase = {
  /** A `file:` URL for DATABASE_URL / prismaClient(). */
  url: string;
  file: string;
  /** Direct, synchronous access for setting up and checking rows. */
  sqlite: Database.Database;
  remove(): void;
};

/** An empty, migrated database of this test file only. */
export function createTestDatabase(name: string): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `accord-${name}-`));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  applyMigrations(sqlite);
  return {
    url: `file:${file}`,
    file,
    sqlite,
    remove() {
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The real package with demo accounts, then a synthetic portfolio of the given size. */
export async function seedPortfolio(
  testDb: TestDatabase,
  size: PortfolioSize,
  options: { now: Date; seed?: number },
): Promise<void> {
  const db = new PrismaClient({ adapter: sqliteAdapter(testDb.file) });
  try {
    await seedDatabase(db, { demo: true });
    addSyntheticPortfolio(testDb.sqlite, size, options);
    // Written around the data layer, as bench/generate.ts does: the dashboard's counts follow.
    await rebuildDashboardTallies(db);
  } finally {
    await db.$disconnect();
  }
}

export type RecordingClient = {
  client: PrismaClient;
  /** SQL of every statement sent since the last reset, in order. */
  statements: string[];
  /** The bound values of each statement (same index as `statements`). */
  params: unknown[][];
  reset(): void;
};

/** The bound values Prisma's query event reports as a JSON array; none when it is not one. */
function boundValues(json: string): unknown[] {
  try {
    return z.array(z.unknown()).parse(JSON.parse(json));
  } catch {
    return [];
  }
}

/**
 * A Prisma client that records the statements it sends, through Prisma's own query events (which
 * the driver-adapter "client" engine of 6.19 emits for every statement, COMMIT included; the
 * adapter's BEGIN is issued outside them and is the same for every call anyway).
 */
export function recordingClient(testDb: TestDatabase): RecordingClient {
  const client = new PrismaClient({
    adapter: sqliteAdapter(testDb.file),
    log: [{ emit: "event", level: "query" }],
  });
  const statements: string[] = [];
  const params: unknown[][] = [];
  client.$on("query", (event) => {
    statements.push(event.query);
    params.push(boundValues(event.params));
  });
  return {
    client,
    statements,
    params,
    reset: () => {
      statements.splice(0);
      params.splice(0);
    },
  };
}

/**
 * Points lib/data at this test's database: lib/db's one client is replaced by `client`. Import the
 * lib/data modules (dynamically) after this; call releaseDataLayer() when done.
 */
export function pointDataLayerAt(testDb: TestDatabase, client: PrismaClient): void {
  process.env.DATABASE_URL = testDb.url;
  vi.doMock("@/lib/db", () => ({ prisma: client }));
}

export function releaseDataLayer(): void {
  vi.doUnmock("@/lib/db");
}
