// Adds a synthetic portfolio to a database that already holds the real package (seedDatabase):
// synthetic visits, then agreements with their parties, history, assessments and milestones,
// written with prepared statements in batched transactions (Prisma would take minutes here).
// Used by bench/generate.ts and by unit tests that need a realistic volume of rows.
import type Database from "better-sqlite3";
import { AREAS, type Area } from "../../lib/domain/vocabulary";
import { SEED_AGREEMENTS, SEED_ORGANIZATIONS } from "../../prisma/seed-data";
import { SYNTHETIC_VISITS } from "./phrases";
import { allocate, createRng } from "./random";
import { sqliteBool, sqliteDate } from "./sqlite-values";
import { buildAgreement, type ReferenceCounter, type SyntheticContext } from "./synthetic";
import type { AgreementBundle, Organization } from "./synthetic-types";

export type PortfolioSize = { agreements: number; updates: number; milestones: number };
export type PortfolioProgress = PortfolioSize & { elapsedMs: number };

export type PortfolioOptions = {
  seed?: number;
  now?: Date;
  batchSize?: number;
  onProgress?: (done: PortfolioProgress, target: PortfolioSize) => void;
};

export function addSyntheticPortfolio(
  sqlite: Database.Database,
  size: PortfolioSize,
  options: PortfolioOptions = {},
): PortfolioSize {
  const started = Date.now();
  const rng = createRng(options.seed ?? 20251022);
  const now = options.now ?? new Date();
  insertVisits(sqlite, now);
  const ctx = loadContext(sqlite, now);
  const updateCounts = allocate(rng, size.updates, size.agreements, 1);
  const milestoneCounts = allocate(rng, size.milestones, size.agreements, 0);
  const write = writer(sqlite);
  const references: ReferenceCounter = new Map();
  const batchSize = options.batchSize ?? 500;
  const done: PortfolioSize = { agreements: 0, updates: 0, milestones: 0 };

  for (let from = 0; from < size.agreements; from += batchSize) {
    const to = Math.min(size.agreements, from + batchSize);
    const bundles: AgreementBundle[] = [];
    for (let i = from; i < to; i++) {
      bundles.push(buildAgreement(rng, ctx, { updates: updateCounts[i], milestones: milestoneCounts[i] }, references));
    }
    sqlite.transaction(() => bundles.forEach(write))();
    done.agreements = to;
    for (const b of bundles) {
      done.updates += b.updates.length;
      done.milestones += b.milestones.length;
    }
    options.onProgress?.({ ...done, elapsedMs: Date.now() - started }, size);
  }
  return done;
}

function insertVisits(sqlite: Database.Database, now: Date) {
  const insert = sqlite.prepare(
    `INSERT OR IGNORE INTO Visit (id, slug, title, hostCountry, guestCountry, place, startDate, endDate, description, createdAt, updatedAt)
     VALUES (@id, @slug, @title, @hostCountry, @guestCountry, @place, @startDate, @endDate, @description, @createdAt, @updatedAt)`,
  );
  for (const v of SYNTHETIC_VISITS) {
    const start = new Date(`${v.startDate}T00:00:00.000Z`);
    insert.run({
      ...v,
      id: `synvisit${v.slug.replace(/[^a-z0-9]/g, "")}`,
      startDate: sqliteDate(start),
      endDate: sqliteDate(new Date(start.getTime() + 86_400_000)),
      description: "Synthetic visit for benchmarks; not part of the real package.",
      createdAt: sqliteDate(now),
      updatedAt: sqliteDate(now),
    });
  }
}

function loadContext(sqlite: Database.Database, now: Date): SyntheticContext {
  const texts = sqlite.prepare("SELECT organizationId, name, shortName FROM OrganizationText").all() as { organizationId: string; name: string; shortName: string }[];
  const organizations = (sqlite.prepare("SELECT id, name, shortName, country FROM Organization ORDER BY name").all() as Omit<Organization, "texts">[]).map(
    (o) => ({ ...o, texts: texts.filter((t) => t.organizationId === o.id) }),
  );
  const idByName = new Map(organizations.map((o) => [o.name, o.id]));
  const nameByKey = new Map(SEED_ORGANIZATIONS.map((o) => [o.key, o.name]));
  const areaOrganizations = new Map<Area, string[]>(AREAS.map((a) => [a, []]));
  for (const a of SEED_AGREEMENTS) {
    for (const key of [a.leadOrganization, ...a.parties]) {
      const id = idByName.get(nameByKey.get(key) ?? "");
      const list = areaOrganizations.get(a.area)!;
      if (id && !list.includes(id)) list.push(id);
    }
  }
  const challengeIds = (
    sqlite.prepare("SELECT id FROM Challenge WHERE archivedAt IS NULL ORDER BY sortOrder").all() as { id: string }[]
  ).map((c) => c.id);
  const authorIds = (
    sqlite.prepare("SELECT id FROM User WHERE role IN ('admin', 'editor') AND active = 1 ORDER BY email").all() as {
      id: string;
    }[]
  ).map((u) => u.id);
  const visits = (sqlite.prepare("SELECT id, startDate FROM Visit ORDER BY startDate").all() as {
    id: string;
    startDate: string;
  }[]).map((v) => ({ id: v.id, startDate: new Date(v.startDate) }));
  if (!organizations.length || !challengeIds.length || !authorIds.length) {
    throw new Error("The database needs the seeded package with demo accounts first (seedDatabase(db, { demo: true })).");
  }
  return { visits, organizations, areaOrganizations, challengeIds, authorIds, now };
}

/** Prepared statements for every table a bundle touches; column names from migration.sql. */
function writer(sqlite: Database.Database) {
  const agreement = sqlite.prepare(
    `INSERT INTO Agreement (id, reference, visitId, title, area, instrumentType, signedDate, summary, sourceExcerpt,
       status, progress, targetDate, leadOrganizationId, searchText, searchTitle,
       shownTitleEn, shownTitleRu, shownTitleAz, shownTitleKk, worstSeverity, nextMilestoneDue,
       lastUpdateAt, lastUpdateById, version, archivedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const party = sqlite.prepare("INSERT INTO AgreementParty (agreementId, organizationId) VALUES (?, ?)");
  const assessment = sqlite.prepare(
    `INSERT INTO ChallengeAssessment (id, agreementId, challengeId, severity, note, mitigation, assessedById, assessedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = sqlite.prepare(
    `INSERT INTO StatusUpdate (id, agreementId, authorId, createdAt, statusBefore, statusAfter, progressBefore,
       progressAfter, note, isDemo)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const snapshot = sqlite.prepare(
    `INSERT INTO StatusUpdateAssessment (id, statusUpdateId, challengeId, severity, severityBefore, note, mitigation, changed)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const milestone = sqlite.prepare(
    `INSERT INTO Milestone (id, agreementId, title, dueDate, doneDate, evidence, version, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (b: AgreementBundle) => {
    const a = b.agreement;
    agreement.run(
      a.id, a.reference, a.visitId, a.title, a.area, a.instrumentType, sqliteDate(a.signedDate), a.summary,
      a.status, a.progress, sqliteDate(a.targetDate), a.leadOrganizationId, a.searchText, a.searchTitle,
      a.shownTitleEn, a.shownTitleRu, a.shownTitleAz, a.shownTitleKk, a.worstSeverity,
      sqliteDate(a.nextMilestoneDue), sqliteDate(a.lastUpdateAt), a.lastUpdateById, a.version,
      sqliteDate(a.archivedAt), sqliteDate(a.createdAt), sqliteDate(a.updatedAt),
    );
    for (const p of b.parties) party.run(p.agreementId, p.organizationId);
    for (const c of b.assessments) {
      assessment.run(c.id, c.agreementId, c.challengeId, c.severity, c.note, c.mitigation, c.assessedById, sqliteDate(c.assessedAt));
    }
    for (const u of b.updates) {
      update.run(u.id, u.agreementId, u.authorId, sqliteDate(u.createdAt), u.statusBefore, u.statusAfter,
        u.progressBefore, u.progressAfter, u.note);
    }
    for (const s of b.snapshots) {
      snapshot.run(s.id, s.statusUpdateId, s.challengeId, s.severity, s.severityBefore, s.note, s.mitigation, sqliteBool(s.changed));
    }
    for (const m of b.milestones) {
      milestone.run(m.id, m.agreementId, m.title, sqliteDate(m.dueDate), sqliteDate(m.doneDate), m.evidence, m.version,
        sqliteDate(m.createdAt), sqliteDate(m.updatedAt));
    }
  };
}
