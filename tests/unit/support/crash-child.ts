// Run by tests/unit/crash-safety.test.ts as its own process (tsx --conditions=react-server), so it
// can be killed with SIGKILL: the real import (CSV file -> parse -> plan -> apply) or the real bulk
// update, through lib/data on DATABASE_URL.
//   crash-child.ts import <file.csv> <freezeAfter>   |   crash-child.ts bulk <note> <freezeAfter>
// With freezeAfter > 0 it stops dead once that many audit events have been written inside the
// transaction, after saying "frozen" on stdout: the parent kills it there, in the middle of the
// transaction, with no guessing about timing. With 0 it runs to the end and prints "done <json>".
import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { databaseProvider, sqliteFilePath } from "../../../lib/database-url";
import { sqliteAdapter } from "../../../lib/sqlite-adapter";
import type { Actor } from "../../../lib/domain/permissions";

const [mode, argument, freezeAfterText] = process.argv.slice(2);
const freezeAfter = Number(freezeAfterText);
const url = process.env.DATABASE_URL ?? "";

const client = new PrismaClient({
  adapter: databaseProvider(url) === "postgresql" ? new PrismaPg({ connectionString: url }) : sqliteAdapter(sqliteFilePath(url)),
  log: [{ emit: "event", level: "query" }],
});
if (databaseProvider(url) === "sqlite" && freezeAfter > 0) {
  // A small page cache spills the transaction's pages into the -wal file before COMMIT, so the
  // kill leaves uncommitted frames on disk that recovery must ignore (the parent checks the -wal grew).
  await client.$executeRawUnsafe(`PRAGMA cache_size = ${50}`);
}
let audits = 0;
client.$on("query", (event) => {
  // SQLite: INSERT INTO `main`.`AuditEvent`; PostgreSQL: INSERT INTO "public"."AuditEvent".
  if (!/^INSERT INTO [`"]\w+[`"]\.[`"]AuditEvent[`"]/.test(event.query)) return;
  audits++;
  if (freezeAfter > 0 && audits === freezeAfter) {
    process.stdout.write(`frozen ${audits}\n`);
    // Blocks this process for good, inside the open transaction, until the parent kills it.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
});
// lib/db keeps its one client on globalThis: this one, which reports every statement.
(globalThis as unknown as { accordPrisma: PrismaClient }).accordPrisma = client;

const admin = await client.user.findFirstOrThrow({ where: { role: "admin" }, select: { id: true, role: true, organizationId: true } });
if (mode === "import") {
  const { parseImportCsv } = await import("../../../lib/validations/import");
  const { applyImport, listImportVisits, planImport } = await import("../../../lib/data/agreement-import");
  const parsed = parseImportCsv(fs.readFileSync(argument, "utf8"));
  if (!parsed.ok) throw new Error(`the CSV was refused: ${JSON.stringify(parsed.problems)}`);
  const [visit] = await listImportVisits();
  const plan = await planImport(parsed.rows, parsed.rejected, visit.id);
  if (plan.rejected.length) throw new Error(`rows were rejected: ${JSON.stringify(plan.rejected.slice(0, 3))}`);
  const result = await applyImport(plan, visit.id, admin.id);
  process.stdout.write(`done ${JSON.stringify(result)}\n`);
} else {
  const { bulkUpdate } = await import("../../../lib/data/bulk");
  const { bulkUpdateSchema } = await import("../../../lib/validations/bulk");
  const ids = await client.agreement.findMany({ where: { archivedAt: null }, orderBy: { reference: "asc" }, take: 100, select: { id: true } });
  const input = bulkUpdateSchema.parse({ agreementIds: ids.map((a) => a.id), note: argument });
  const outcome = await bulkUpdate(input, { id: admin.id, role: admin.role as Actor["role"], organizationId: admin.organizationId });
  process.stdout.write(`done ${JSON.stringify({ selected: ids.length, updated: outcome.updated.length, refused: outcome.refused.length })}\n`);
}
await client.$disconnect();
