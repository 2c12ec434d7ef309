import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { env } from "../env";
import type { Actor } from "../domain/permissions";
import { myWorkWindow } from "../domain/my-work";
import { staleWhere } from "./agreement-where";

const milestoneSelect = {
  id: true,
  title: true,
  dueDate: true,
  owner: { select: { name: true } },
  agreement: { select: { reference: true, title: true } },
} as const;

export type OwedMilestone = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;
type Owed = { overdue: OwedMilestone[]; dueSoon: OwedMilestone[] };

// Enough to act on; a longer list belongs in the table (its filters say the same).
const LIMIT = 100;

async function owed(where: Prisma.MilestoneWhereInput, now: Date): Promise<Owed> {
  const { today, until } = myWorkWindow(now);
  const open = { AND: [where, { doneDate: null, agreement: { archivedAt: null } }] };
  const [overdue, dueSoon] = await Promise.all([
    prisma.milestone.findMany({ where: { ...open, dueDate: { lt: today } }, select: milestoneSelect, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: LIMIT }),
    prisma.milestone.findMany({ where: { ...open, dueDate: { gte: today, lt: until } }, select: milestoneSelect, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: LIMIT }),
  ]);
  return { overdue, dueSoon };
}

/** What I own, what my organization owes (other than mine), and my organization's stale agreements. */
export async function myWork(user: Actor, now = new Date()) {
  const organizationId = user.organizationId;
  const ofMyOrganization: Prisma.AgreementWhereInput | null = organizationId
    ? { OR: [{ leadOrganizationId: organizationId }, { parties: { some: { organizationId } } }] }
    : null;
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const [mine, organization, stale] = await Promise.all([
    owed({ ownerId: user.id }, now),
    ofMyOrganization
      ? owed({ agreement: ofMyOrganization, OR: [{ ownerId: null }, { ownerId: { not: user.id } }] }, now)
      : Promise.resolve<Owed>({ overdue: [], dueSoon: [] }),
    ofMyOrganization
      ? prisma.agreement.findMany({
          where: { AND: [ofMyOrganization, { archivedAt: null }, staleWhere({ now, staleAfterDays })] },
          select: { id: true, reference: true, title: true, lastUpdateAt: true },
          orderBy: [{ lastUpdateAt: { sort: "asc", nulls: "first" } }, { reference: "asc" }],
          take: LIMIT,
        })
      : Promise.resolve([]),
  ]);
  const empty = [mine.overdue, mine.dueSoon, organization.overdue, organization.dueSoon, stale].every((l) => l.length === 0);
  return { mine, organization, stale, staleAfterDays, empty };
}
