// Keeps the dashboard's counts (DashboardTally) in step with the agreements. recordAudit calls
// retallyAgreement in the transaction of every change it records for an agreement, after the change:
// the agreement's share is read again and the difference from its kept share (DashboardContribution)
// is added. One path for every writer (forms, import, bulk, API), and no writer needs to know the
// counts. rebuildDashboardTallies writes them all from the data (`npm run db:retally`, the seed, the
// synthetic portfolio); the dashboard reads them only once a rebuild has marked them whole.
import { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "../prisma-client";
import { accumulate, contributionOf, expand, netted, shareInScope, type AgreementState, type Contribution, type TallyRow } from "../domain/dashboard-tally";
import type { DashboardScope } from "../domain/dashboard";
import { bumpRevision } from "./data-revision";

/** The marker row a rebuild writes: until it exists the dashboard counts from the data itself. */
export const BUILT = Prisma.sql`"kind" = '#built'`;

const stateSelect = {
  id: true,
  visitId: true,
  area: true,
  archivedAt: true,
  status: true,
  progress: true,
  lastUpdateAt: true,
  nextMilestoneDue: true,
  leadOrganization: { select: { country: true } },
  parties: { select: { organization: { select: { country: true } } } },
  // All of them, and the open ones picked here: "doneDate IS NULL" drew SQLite to the index of every
  // open milestone instead of the agreement's own (100k: 9 ms a save).
  milestones: { select: { dueDate: true, doneDate: true } },
  assessments: { select: { challengeId: true, severity: true } },
  statusUpdates: { select: { createdAt: true, statusBefore: true, statusAfter: true } },
} satisfies Prisma.AgreementSelect;

type StateRow = Prisma.AgreementGetPayload<{ select: typeof stateSelect }>;

const stateOf = (a: StateRow): AgreementState => ({
  visitId: a.visitId,
  area: a.area,
  archived: a.archivedAt !== null,
  status: a.status,
  progress: a.progress,
  lastUpdateAt: a.lastUpdateAt,
  nextMilestoneDue: a.nextMilestoneDue,
  countries: [a.leadOrganization.country, ...a.parties.map((p) => p.organization.country)],
  openMilestoneDues: a.milestones.filter((m) => m.doneDate === null).map((m) => m.dueDate),
  assessments: a.assessments,
  updates: a.statusUpdates,
});

const COLUMNS = Prisma.sql`("kind", "grain", "visitId", "area", "side", "period", "a", "b", "n", "sum")`;
// 10 parameters a row: well inside SQLite's 32,766 and PostgreSQL's 65,535 per statement.
const CHUNK = 500;

/** Adds rows to the counts: one statement per 500, valid on SQLite and PostgreSQL alike. */
async function addRows(db: Tx | Db, rows: readonly TallyRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => Prisma.sql`(${r.kind}, ${r.grain}, ${r.visitId}, ${r.area}, ${r.side}, ${r.period}, ${r.a}, ${r.b}, ${r.n}, ${r.sum})`);
    await db.$executeRaw`INSERT INTO "DashboardTally" ${COLUMNS} VALUES ${Prisma.join(values)}
      ON CONFLICT ("kind", "grain", "visitId", "area", "side", "period", "a", "b")
      DO UPDATE SET "n" = "DashboardTally"."n" + excluded."n", "sum" = "DashboardTally"."sum" + excluded."sum"`;
  }
}

const parse = (facts: string | undefined): Contribution | null => (facts ? (JSON.parse(facts) as Contribution) : null);

/**
 * Brings the agreement's share of the counts up to date. Called inside the change's transaction,
 * after the change and after recordAudit has moved the data revision: on PostgreSQL that row lock
 * orders concurrent writers, so each reads the share the one before it left.
 */
export async function retallyAgreement(tx: Tx, agreementId: string): Promise<void> {
  const [agreement, kept] = await Promise.all([
    tx.agreement.findUnique({ where: { id: agreementId }, select: stateSelect }),
    tx.dashboardContribution.findUnique({ where: { agreementId }, select: { facts: true } }),
  ]);
  const old = parse(kept?.facts);
  const now = agreement ? contributionOf(stateOf(agreement)) : null;
  const delta = new Map<string, TallyRow>();
  if (old) accumulate(delta, expand(old, -1));
  if (now) accumulate(delta, expand(now, 1));
  await addRows(tx, netted(delta));
  const facts = now ? JSON.stringify(now) : null;
  if (facts !== null && facts !== kept?.facts) {
    await tx.dashboardContribution.upsert({ where: { agreementId }, create: { agreementId, facts }, update: { facts } });
  }
}

/** Which of these agreements the dashboard's scope holds, from their kept shares: one key lookup each. */
export async function inDashboardScope(db: Tx | Db, agreementIds: readonly string[], scope: DashboardScope): Promise<Set<string>> {
  const shares = await db.dashboardContribution.findMany({ where: { agreementId: { in: [...new Set(agreementIds)] } } });
  return new Set(shares.filter((s) => shareInScope(JSON.parse(s.facts) as Contribution, scope)).map((s) => s.agreementId));
}

export async function talliesAreBuilt(db: Tx | Db): Promise<boolean> {
  const rows = await db.$queryRaw<{ one: number | bigint }[]>`SELECT 1 AS "one" FROM "DashboardTally" WHERE ${BUILT} LIMIT 1`;
  return rows.length > 0;
}

export type RetallyProgress = { done: number; total: number };

const BATCH = 1_000;

/**
 * Writes every count and share again from the data, in one transaction that first takes the data
 * revision's row: writers wait for it, and each later change starts from the shares it wrote.
 * 10,000 agreements take 6 s, 100,000 take 43 s (SQLite, bench/README.md).
 */
export async function rebuildDashboardTallies(db: Db, onProgress?: (p: RetallyProgress) => void): Promise<{ agreements: number; rows: number }> {
  return db.$transaction(
    async (tx) => {
      await bumpRevision(tx);
      const total = await tx.agreement.count();
      const totals = new Map<string, TallyRow>();
      await tx.dashboardContribution.deleteMany();
      await tx.$executeRaw`DELETE FROM "DashboardTally"`;
      let after: string | undefined;
      let done = 0;
      for (;;) {
        const page: StateRow[] = await tx.agreement.findMany({
          select: stateSelect,
          orderBy: { id: "asc" },
          take: BATCH,
          ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        });
        if (page.length === 0) break;
        const shares = page.map((a) => ({ agreementId: a.id, share: contributionOf(stateOf(a)) }));
        for (const { share } of shares) accumulate(totals, expand(share, 1));
        await tx.dashboardContribution.createMany({ data: shares.map(({ agreementId, share }) => ({ agreementId, facts: JSON.stringify(share) })) });
        done += page.length;
        after = page[page.length - 1].id;
        onProgress?.({ done, total });
      }
      const rows = netted(totals);
      await addRows(tx, rows);
      await tx.$executeRaw`INSERT INTO "DashboardTally" ${COLUMNS} VALUES ('#built', '', '', '', '', '', '', '', 1, 0)`;
      return { agreements: done, rows: rows.length };
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
}
