import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySqliteToPostgres } from "@/scripts/lib/copy-to-postgres";
import { emptyPostgresDatabase, migrate } from "@/scripts/lib/prepare";
import { createTestDatabase, seedPortfolio } from "./support/test-db";

// npm run db:backup / db:restore on PostgreSQL (pg_dump / pg_restore), as a round trip through
// the npm scripts. Needs a database it may empty: `npm run test:postgres` runs this file with
// BACKUP_TEST_DATABASE_URL set; `npm test` has no server, and skips it.
const url = process.env.BACKUP_TEST_DATABASE_URL;
const ROOT = path.resolve(import.meta.dirname, "../..");

function npmRun(script: string, args: string[]) {
  const result = spawnSync("npm", ["run", "-s", script, "--", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every row of every table, as sorted JSON lines. */
async function contents(client: pg.Client): Promise<Record<string, string[]>> {
  const { rows: tables } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string[]> = {};
  for (const { table_name: t } of tables) {
    out[t] = (await client.query(`SELECT * FROM "${t}"`)).rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

describe.skipIf(!url)("backing up and restoring a PostgreSQL database", () => {
  let client: pg.Client;
  let dir: string;
  const kept: string[] = [];

  beforeAll(async () => {
    const source = createTestDatabase("backup-postgres");
    try {
      await seedPortfolio(source, { agreements: 60, updates: 300, milestones: 40 }, { now: new Date("2026-11-01T00:00:00Z") });
      await emptyPostgresDatabase(url!);
      await migrate(url!);
      await copySqliteToPostgres(source.file, url!);
    } finally {
      source.remove();
    }
    client = new pg.Client({ connectionString: url });
    await client.connect();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-backup-postgres-"));
  }, 180_000);
  afterAll(async () => {
    await client?.end();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    for (const file of kept) fs.rmSync(file, { force: true });
  });

  it("restores exactly what was backed up, after a refusal without --yes and of a damaged dump", async () => {
    const dump = path.join(dir, "accord.dump");
    const made = npmRun("db:backup", ["--to", dump]);
    expect(made.output).not.toContain(`:${new URL(url!).password}@`);
    expect(made.status).toBe(0);
    const atBackup = await contents(client);
    expect(atBackup.Agreement.length).toBeGreaterThan(60);

    await client.query(`DELETE FROM "StatusUpdateAssessment"; UPDATE "Agreement" SET title = 'changed after the backup'`);
    const changed = await contents(client);
    expect(changed).not.toEqual(atBackup);

    const refused = npmRun("db:restore", ["--from", dump]);
    expect(refused.output).toMatch(/--yes: .*Stop the app/);
    expect(refused.status).toBe(1);
    const damaged = path.join(dir, "damaged.dump");
    fs.writeFileSync(damaged, fs.readFileSync(dump).subarray(0, 2_000));
    const refusedDamaged = npmRun("db:restore", ["--from", damaged, "--yes"]);
    expect(refusedDamaged.status).toBe(1);
    expect(refusedDamaged.output).toMatch(/not a readable pg_dump/);
    expect(await contents(client)).toEqual(changed);

    const restored = npmRun("db:restore", ["--from", dump, "--yes"]);
    expect(restored.output).not.toContain(`:${new URL(url!).password}@`);
    expect(restored.status).toBe(0);
    expect(await contents(client)).toEqual(atBackup);

    // What the restore replaced is kept as a dump of its own.
    const keptDump = /kept as (\S+\.dump)/.exec(restored.output)?.[1];
    expect(keptDump).toBeDefined();
    kept.push(path.resolve(ROOT, keptDump!));
    expect(fs.statSync(path.resolve(ROOT, keptDump!)).size).toBeGreaterThan(0);
  }, 180_000);
});
