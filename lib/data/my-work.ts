import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { env } from "../env";
import type { Actor } from "../domain/permissions";
import { myWorkWindow } from "../domain/my-work";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { staleWhere } from "./agreement-where";
import { milestoneTitleIn, milestoneTitleSelect, titleIn, titleSelect } from "./content-texts";

const milestoneSelect = {
  id: true,
  ...milestoneTitleSelect,
  dueDate: true,
  owner: { select: { name: true } },
  agreement: { select: { reference: true, ...titleSelect } },
} as const;

/** A milestone owed, its title and its agreement's in the reader's language (else the original's). */
export type OwedMilestone = { id: string; title: string; dueDate: Date; owner: { name: string } | null; agreement: { reference: string; title: string } };
type Owed = { overdue: OwedMilestone[]; dueSoon: OwedMilestone[] };

const owedIn = (m: Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>, locale: Locale): OwedMilestone => ({
  id: m.id,
  title: milestoneTitleIn(m, locale),
  dueDate: m.dueDate,
  owner: m.owner,
  agreement: { reference: m.agreement.reference, title: titleIn(m.agreement, locale) },
});

// Enough to act on; a longer list belongs in the table (its filters say the same).
const LIMIT = 100;

async function owed(where: Prisma.MilestoneWhereInput, now: Date, locale: Locale): Promise<Owed> {
  const { today, until } = myWorkWindow(now);
  const open = { AND: [where, { doneDate: null, agreement: { archivedAt: null } }] };
  const [overdue, dueSoon] = await Promise.all([
    prisma.milestone.findMany({ where: { ...open, dueDate: { lt: today } }, select: milestoneSelect, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: LIMIT }),
    prisma.milestone.findMany({ where: { ...open, dueDate: { gte: today, lt: until } }, select: milestoneSelect, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: LIMIT }),
  ]);
  return { overdue: overdue.map((m) => owedIn(m, locale)), dueSoon: dueSoon.map((m) => owedIn(m, locale)) };
}

/** What I own, what my organization owes (other than mine), and my organization's stale agreements. */
export async function myWork(user: Actor, now = new Date(), locale: Locale = DEFAULT_LOCALE) {
  const organizationId = user.organizationId;
  const ofMyOrganization: Prisma.AgreementWhereInput | null = organizationId
    ? { OR: [{ leadOrganizationId: organizationId }, { parties: { some: { organizationId } } }] }
    : null;
  const staleAfterDays = env().STALE_AFTER_DAYS;
  const [mine, organization, stale] = await Promise.all([
    owed({ ownerId: user.id }, now, locale),
    ofMyOrganization
      ? owed({ agreement: ofMyOrganization, OR: [{ ownerId: null }, { ownerId: { not: user.id } }] }, now, locale)
      : Promise.resolve<Owed>({ overdue: [], dueSoon: [] }),
    ofMyOrganization
      ? prisma.agreement.findMany({
          where: { AND: [ofMyOrganization, { archivedAt: null }, staleWhere({ now, staleAfterDays })] },
          select: { id: true, reference: true, ...titleSelect, lastUpdateAt: true },
          orderBy: [{ lastUpdateAt: { sort: "asc", nulls: "first" } }, { reference: "asc" }],
          take: LIMIT,
        })
      : Promise.resolve([]),
  ]);
  const staleIn = stale.map((a) => ({ id: a.id, reference: a.reference, title: titleIn(a, locale), lastUpdateAt: a.lastUpdateAt }));
  const empty = [mine.overdue, mine.dueSoon, organization.overdue, organization.dueSoon, stale].every((l) => l.length === 0);
  return { mine, organization, stale: staleIn, staleAfterDays, empty };
}
