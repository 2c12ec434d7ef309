// Reads synthetic agreements back through the Prisma client and checks the invariants lib/data
// keeps, so a wrong stored representation (dates, booleans) fails loudly at generation time.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { nextMilestoneDue, worstSeverityIndex } from "../../lib/domain/rollups";

export async function verifyPortfolio(db: PrismaClient, sample = 25): Promise<string> {
  const total = await db.agreement.count({ where: { reference: { startsWith: "SYN-" } } });
  if (total === 0) throw new Error("no synthetic agreements found");
  const step = Math.max(1, Math.floor(total / sample));
  const refs = await db.agreement.findMany({
    where: { reference: { startsWith: "SYN-" } },
    orderBy: { reference: "asc" },
    select: { reference: true },
  });
  let checked = 0;
  for (let i = 0; i < refs.length; i += step) {
    const a = await db.agreement.findUniqueOrThrow({
      where: { reference: refs[i].reference },
      include: {
        statusUpdates: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { assessments: true } },
        assessments: true,
        milestones: true,
        parties: true,
      },
    });
    const fail = (what: string): never => {
      throw new Error(`${a.reference}: ${what}`);
    };
    const last = a.statusUpdates.at(-1) ?? fail("no status updates");
    if (!(last.createdAt instanceof Date) || Number.isNaN(last.createdAt.getTime())) fail("createdAt is not a Date");
    if (a.status !== last.statusAfter || a.progress !== last.progressAfter) fail("status/progress differ from the last update");
    if (a.lastUpdateAt?.getTime() !== last.createdAt.getTime()) fail("lastUpdateAt differs from the last update");
    if (a.lastUpdateById !== last.authorId) fail("lastUpdateById differs from the last update's author");
    if (last.assessments.length !== a.assessments.length) fail("snapshot and current assessments differ in number");
    for (const current of a.assessments) {
      const snap = last.assessments.find((s) => s.challengeId === current.challengeId);
      if (!snap || snap.severity !== current.severity || snap.note !== current.note) fail("current assessment is not the last snapshot");
    }
    if (typeof last.isDemo !== "boolean") fail("isDemo is not a boolean");
    if (a.worstSeverity !== worstSeverityIndex(a.assessments.map((x) => x.severity))) fail("worstSeverity is wrong");
    if (nextMilestoneDue(a.milestones)?.getTime() !== a.nextMilestoneDue?.getTime()) fail("nextMilestoneDue is wrong");
    if (a.parties.length < 2 || a.parties.length > 4) fail(`has ${a.parties.length} parties`);
    checked++;
  }
  // A date filter evaluated by the database must agree with the same filter evaluated in JS.
  const cutoff = new Date(Date.now() - 30 * 86_400_000);
  const stale = await db.agreement.count({ where: { reference: { startsWith: "SYN-" }, lastUpdateAt: { lt: cutoff } } });
  const all = await db.agreement.findMany({ where: { reference: { startsWith: "SYN-" } }, select: { lastUpdateAt: true } });
  const staleInJs = all.filter((a) => a.lastUpdateAt && a.lastUpdateAt < cutoff).length;
  if (stale !== staleInJs) throw new Error(`date filter mismatch: database ${stale}, JS ${staleInJs}`);
  return `${checked} sampled agreements consistent; date filter agrees (${stale} of ${total} not updated for 30 days)`;
}
