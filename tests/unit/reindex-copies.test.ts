import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementSearchColumns } from "@/lib/domain/agreement-search-text";
import { createTestDatabase } from "./support/test-db";

// db:reindex-search on a real SQLite database: copies left stale (as a migration's SQL backfill
// leaves them) are rewritten from the texts; rows already right are left alone.
const database = createTestDatabase("reindex");
process.env.DATABASE_URL = database.url;

const { prisma } = await import("@/lib/db");
const { reindexCopies } = await import("@/lib/data/reindex-copies");
const { shownTitleColumns } = await import("@/lib/data/content-texts");

let staleId = "";

beforeAll(async () => {
  const visit = await prisma.visit.create({
    data: { slug: "v", title: "V", hostCountry: "KZ", guestCountry: "AZ", place: "Astana", startDate: new Date(), endDate: new Date() },
  });
  const port = await prisma.organization.create({
    data: { name: "Aktau Port", shortName: "AP", country: "KZ", kind: "agency", texts: { create: [{ locale: "kk", name: "АҚТАУ ПОРТЫ", shortName: "АП" }] } },
  });
  const base = { visitId: visit.id, area: "energy", instrumentType: "memorandum", leadOrganizationId: port.id, parties: { create: [{ organizationId: port.id }] } };
  // Copies as the SQL backfill leaves them: ASCII lower case, the original title for every language.
  const stale = await prisma.agreement.create({
    data: {
      ...base,
      reference: "R-1",
      title: "Middle Corridor",
      summary: "ТРАНЗИТ",
      texts: { create: [{ locale: "kk", title: "ОРТА ДӘЛІЗ", summary: "" }] },
      searchText: "r-1 middle corridor",
      searchTitle: "r-1 middle corridor",
      ...shownTitleColumns({ title: "Middle Corridor", language: "en", texts: [] }),
    },
  });
  staleId = stale.id;
  const organization = await prisma.organization.findUniqueOrThrow({ where: { id: port.id }, include: { texts: true } });
  const right = { reference: "R-2", title: "Ferry", summary: "" };
  await prisma.agreement.create({
    data: { ...base, ...right, ...agreementSearchColumns(right, [organization]), ...shownTitleColumns({ ...right, language: "en", texts: [] }) },
  });
});

afterAll(async () => {
  await prisma.$disconnect();
  database.remove();
});

describe("reindexCopies", () => {
  it("rewrites stale search text, shown titles and shown names from the texts, and reports its progress", async () => {
    const progress: string[] = [];
    const result = await reindexCopies(prisma, (p) => progress.push(`${p.stage} ${p.done}/${p.total}`));
    expect(result).toEqual({ organizations: 1, agreements: 2, changed: 1, skipped: 0 });
    expect(progress).toEqual(["organizations 1/1", "agreements 2/2"]);

    const row = await prisma.agreement.findUniqueOrThrow({ where: { id: staleId } });
    // Cyrillic folded, the Kazakh title and the organization's Kazakh name searchable.
    expect(row.searchText).toContain("транзит");
    expect(row.searchText).toContain("орта дәліз");
    expect(row.searchText).toContain("ақтау порты");
    expect(row.searchTitle).toContain("орта дәліз");
    expect(row.shownTitleKk).toBe("ОРТА ДӘЛІЗ");
    expect(row.shownTitleRu).toBe("Middle Corridor");
    const port = await prisma.organization.findFirstOrThrow({ where: { name: "Aktau Port" } });
    expect([port.shownNameEn, port.shownNameKk, port.shownNameAz]).toEqual(["Aktau Port", "АҚТАУ ПОРТЫ", "Aktau Port"]);
  });

  it("a second run finds nothing to rewrite and leaves versions alone", async () => {
    const before = await prisma.agreement.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } });
    expect((await reindexCopies(prisma)).changed).toBe(0);
    expect(await prisma.agreement.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
