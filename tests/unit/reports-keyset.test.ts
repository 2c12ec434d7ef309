import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAgreementQuery } from "@/lib/url-state/agreement-query";
import { SORTABLE_COLUMNS } from "@/lib/domain/limits";

// The export reads in keyset batches; this checks them against the table's own orderBy on a real
// SQLite database with ties and nulls in every sortable column, with batches of 1, 2 and 3 rows.
const file = path.join(os.tmpdir(), `accord-keyset-${process.pid}-${Date.now()}.db`);
process.env.DATABASE_URL = `file:${file}`;

const { prisma } = await import("@/lib/db");
const { agreementExportBatches } = await import("@/lib/data/agreement-export");
const { agreementOrderBy, agreementWhere } = await import("@/lib/data/agreement-where");

beforeAll(async () => {
  const sqlite = new Database(file);
  for (const dir of fs.readdirSync("prisma/migrations").filter((d) => /^\d/.test(d)).sort()) {
    sqlite.exec(fs.readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8"));
  }
  sqlite.close();
  const visit = await prisma.visit.create({
    data: { slug: "v", title: "V", hostCountry: "KZ", guestCountry: "AZ", place: "Astana", startDate: new Date(), endDate: new Date() },
  });
  const orgs = await Promise.all(
    ["Beta", "Alpha", "Beta Two"].map((name) => prisma.organization.create({ data: { name, country: "AZ", kind: "ministry" } })),
  );
  const d = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);
  const rows: [string, string, string, number, string | null, number][] = [
    ["R-01", "Same", "at_risk", 10, "2026-01-01", 0],
    ["R-02", "Same", "at_risk", 10, null, 1],
    ["R-03", "Other", "delayed", 50, "2026-01-01", 2],
    ["R-04", "Ärger", "on_track", 0, null, 0],
    ["R-05", "Same", "on_track", 50, "2025-12-31", 1],
    ["R-06", "zeta", "at_risk", 100, null, 2],
    ["R-07", "Other", "delayed", 10, "2026-01-01", 0],
  ];
  for (const [reference, title, status, progress, date, org] of rows) {
    await prisma.agreement.create({
      data: {
        reference,
        title,
        status,
        progress,
        area: progress > 20 ? "energy" : "transport",
        instrumentType: "agreement",
        visitId: visit.id,
        leadOrganizationId: orgs[org].id,
        worstSeverity: progress % 3,
        targetDate: d(date),
        nextMilestoneDue: d(date),
        lastUpdateAt: d(date),
      },
    });
  }
});

afterAll(async () => {
  await prisma.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
});

describe("agreementExportBatches", () => {
  it.each(SORTABLE_COLUMNS.flatMap((sort) => (["asc", "desc"] as const).map((dir) => [sort, dir] as const)))(
    "yields every row once, in the table's order, sorted by %s %s",
    async (sort, dir) => {
      const query = parseAgreementQuery({ sort, dir });
      const expected = await prisma.agreement.findMany({
        where: agreementWhere(query, { now: new Date(), staleAfterDays: 30 }),
        orderBy: agreementOrderBy(query),
        select: { reference: true },
      });
      expect(expected).toHaveLength(7);
      for (const batchSize of [1, 2, 3]) {
        const got: string[] = [];
        for await (const batch of agreementExportBatches(query, { batchSize })) got.push(...batch.map((r) => r.reference));
        expect(got, `batch size ${batchSize}`).toEqual(expected.map((r) => r.reference));
      }
    },
  );
});
