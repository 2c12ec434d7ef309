// The digest: per person, what they owe (their overdue and due-soon milestones, their
// organization's stale agreements: the app's rules) and what changed on what they follow since
// their last digest (notifications whose e-mail channel is "digest"). Computed for people whose
// period just started (lib/notify/schedule.ts), a batch of people at a time with one query per
// batch and purpose: the statement count grows with batches, not with people.
import type { Db } from "../prisma-client";
import { channelOf } from "../data/notification-delivery";
import { staleWhere } from "../data/agreement-where";
import { NOTIFICATION_KINDS, type DigestFrequency, type NotificationKind } from "../domain/notification-kinds";
import { DUE_SOON_DAYS, dueSoonWindow } from "../domain/dashboard";
import { DIGEST_LIST_MAX, type DigestChange, type DigestMilestone, type DigestPayload } from "../mail/digest-mail";
import { digestDue, previousPeriodStart, safeTimeZone } from "../domain/notification-schedule";
import type { Prisma } from "../generated/prisma/client";
import { milestoneTitleIn, milestoneTitleSelect, titleIn, titleSelect } from "../data/content-texts";
import { mailLocale } from "../mail/render";
import type { Locale } from "../i18n/locales";

export const DIGEST_BATCH = 500;

type Person = { id: string; role: string; organizationId: string | null; timeZone: string; digestFrequency: string; locale: string | null };
type Due = Person & { frequency: "weekly" | "daily"; periodStart: Date; key: string };

export const digestKey = (userId: string, periodStart: Date) => `digest:${userId}:${periodStart.toISOString()}`;

export async function computeDigests(db: Db, now: Date, staleAfterDays: number, batch = DIGEST_BATCH): Promise<number> {
  let cursor: string | undefined;
  let written = 0;
  for (;;) {
    const people = await db.user.findMany({
      where: { active: true, digestFrequency: { not: "off" } },
      select: { id: true, role: true, organizationId: true, timeZone: true, digestFrequency: true, locale: true },
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (people.length === 0) return written;
    cursor = people[people.length - 1]!.id;
    written += await digestBatch(db, now, staleAfterDays, people);
    if (people.length < batch) return written;
  }
}

async function digestBatch(db: Db, now: Date, staleAfterDays: number, people: Person[]): Promise<number> {
  const candidates: Due[] = people.flatMap((p) => {
    const frequency = p.digestFrequency === "daily" ? "daily" : p.digestFrequency === "weekly" ? "weekly" : null;
    if (!frequency) return [];
    const periodStart = digestDue(now, safeTimeZone(p.timeZone), frequency as DigestFrequency);
    return periodStart ? [{ ...p, frequency, periodStart, key: digestKey(p.id, periodStart) }] : [];
  });
  if (candidates.length === 0) return 0;
  const taken = new Set(
    (await db.outboxMessage.findMany({ where: { dedupeKey: { in: candidates.map((c) => c.key) } }, select: { dedupeKey: true } })).map((r) => r.dedupeKey),
  );
  const due = candidates.filter((c) => !taken.has(c.key));
  if (due.length === 0) return 0;
  const ids = due.map((d) => d.id);

  // Since the period of the last digest (its row's createdAt is its period start), else one period back.
  const last = await db.outboxMessage.groupBy({ by: ["userId"], where: { kind: "digest", userId: { in: ids } }, _max: { createdAt: true } });
  const lastOf = new Map(last.map((l) => [l.userId, l._max.createdAt]));
  const sinceOf = new Map(due.map((d) => [d.id, lastOf.get(d.id) ?? previousPeriodStart(d.periodStart, safeTimeZone(d.timeZone), d.frequency)]));
  const earliest = new Date(Math.min(...[...sinceOf.values()].map((s) => s.getTime())));
  const latest = new Date(Math.max(...due.map((d) => d.periodStart.getTime())));

  const [prefs, notifications, owed, stale] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: { in: ids } } }),
    db.notification.findMany({
      where: { userId: { in: ids }, createdAt: { gt: earliest, lte: latest } },
      select: {
        userId: true,
        kind: true,
        createdAt: true,
        milestoneId: true,
        data: true,
        agreement: { select: { reference: true, ...titleSelect } },
        actor: { select: { name: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.milestone.findMany({
      where: { ownerId: { in: ids }, doneDate: null, dueDate: { lt: dueSoonWindow(now).until }, agreement: { archivedAt: null } },
      select: { id: true, ...milestoneTitleSelect, dueDate: true, ownerId: true, agreement: { select: { reference: true } } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    }),
    staleOfOrganizations(db, now, staleAfterDays, due),
  ]);
  const milestoneTitles = await milestoneTitlesOf(db, notifications.map((n) => n.milestoneId));

  const channels = new Map<string, Map<string, string>>();
  for (const p of prefs) channels.set(p.userId, (channels.get(p.userId) ?? new Map()).set(p.kind, p.channel));
  const today = dueSoonWindow(now).from;

  const rows = due.flatMap((person) => {
    const since = sinceOf.get(person.id)!;
    const changes: DigestChange[] = notifications
      .filter((n) => n.userId === person.id && n.createdAt > since && n.createdAt <= person.periodStart && n.agreement)
      .flatMap((n) => {
        const kind = NOTIFICATION_KINDS.find((k) => k === n.kind);
        if (!kind || channelOf(channels, person.id, kind) !== "digest") return [];
        return [change(kind, n, milestoneTitles, mailLocale(person.locale))];
      });
    const mine = owed.filter((m) => m.ownerId === person.id).map((m): DigestMilestone & { late: boolean } => ({
      milestoneId: m.id,
      reference: m.agreement.reference,
      title: milestoneTitleIn(m, mailLocale(person.locale)),
      dueDate: m.dueDate.toISOString(),
      late: m.dueDate < today,
    }));
    const overdue = mine.filter((m) => m.late).map(({ late: _late, ...m }) => m);
    const dueSoon = mine.filter((m) => !m.late).map(({ late: _late, ...m }) => m);
    // Agreements named by their title in the person's language, else the original's.
    const ourStale = (person.role === "editor" && person.organizationId ? (stale.get(person.organizationId) ?? []) : []).map(
      ({ agreement, ...row }) => ({ ...row, title: titleIn(agreement, mailLocale(person.locale)) }),
    );
    if (changes.length + overdue.length + dueSoon.length + ourStale.length === 0) return [];
    const payload: DigestPayload = {
      frequency: person.frequency,
      periodStart: person.periodStart.toISOString(),
      since: since.toISOString(),
      dueSoonDays: DUE_SOON_DAYS,
      staleAfterDays,
      overdue: overdue.slice(0, DIGEST_LIST_MAX),
      overdueTotal: overdue.length,
      dueSoon: dueSoon.slice(0, DIGEST_LIST_MAX),
      dueSoonTotal: dueSoon.length,
      stale: ourStale.slice(0, DIGEST_LIST_MAX),
      staleTotal: ourStale.length,
      changes: changes.slice(-DIGEST_LIST_MAX),
      changesTotal: changes.length,
    };
    return [
      {
        channel: "email",
        kind: "digest",
        userId: person.id,
        dedupeKey: person.key,
        payload: JSON.stringify(payload),
        createdAt: person.periodStart,
        nextAttemptAt: now,
      },
    ];
  });
  if (rows.length === 0) return 0;
  try {
    return (await db.outboxMessage.createMany({ data: rows })).count;
  } catch (error) {
    // Another worker wrote some of these keys at the same moment: they are taken, the next run writes the rest.
    if ((error as { code?: string }).code === "P2002") return 0;
    throw error;
  }
}

type StaleRow = { reference: string; lastUpdateAt: string | null; agreement: Prisma.AgreementGetPayload<{ select: typeof titleSelect }> };

/** Stale agreements per organization, for the batch's editors' organizations, in one query. */
async function staleOfOrganizations(db: Db, now: Date, staleAfterDays: number, due: Due[]): Promise<Map<string, StaleRow[]>> {
  const orgs = [...new Set(due.filter((d) => d.role === "editor" && d.organizationId).map((d) => d.organizationId!))];
  const out = new Map<string, StaleRow[]>();
  if (orgs.length === 0) return out;
  const rows = await db.agreement.findMany({
    where: {
      AND: [
        { archivedAt: null },
        staleWhere({ now, staleAfterDays }),
        { OR: [{ leadOrganizationId: { in: orgs } }, { parties: { some: { organizationId: { in: orgs } } } }] },
      ],
    },
    select: { reference: true, ...titleSelect, lastUpdateAt: true, leadOrganizationId: true, parties: { select: { organizationId: true } } },
    orderBy: [{ lastUpdateAt: "asc" }, { reference: "asc" }],
  });
  for (const a of rows) {
    const row = { reference: a.reference, lastUpdateAt: a.lastUpdateAt?.toISOString() ?? null, agreement: a };
    for (const org of new Set([a.leadOrganizationId, ...a.parties.map((p) => p.organizationId)])) {
      if (orgs.includes(org)) out.set(org, [...(out.get(org) ?? []), row]);
    }
  }
  return out;
}

type MilestoneTitle = Prisma.MilestoneGetPayload<{ select: typeof milestoneTitleSelect }> & { dueDate: Date };

async function milestoneTitlesOf(db: Db, ids: (string | null)[]): Promise<Map<string, MilestoneTitle>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const out = new Map<string, MilestoneTitle>();
  // Bound values per statement stay under SQLite's limit.
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db.milestone.findMany({ where: { id: { in: wanted.slice(i, i + 500) } }, select: { id: true, ...milestoneTitleSelect, dueDate: true } });
    for (const m of rows) out.set(m.id, m);
  }
  return out;
}

function change(
  kind: NotificationKind,
  n: { milestoneId: string | null; data: string; agreement: ({ reference: string } & Prisma.AgreementGetPayload<{ select: typeof titleSelect }>) | null; actor: { name: string } | null },
  milestones: Map<string, MilestoneTitle>,
  locale: Locale,
): DigestChange {
  let data: Record<string, unknown> = {};
  try {
    data = JSON.parse(n.data) as Record<string, unknown>;
  } catch {
    // Unreadable data only loses the status word.
  }
  const m = n.milestoneId ? milestones.get(n.milestoneId) : undefined;
  const status = typeof data.status === "string" ? data.status : typeof data.to === "string" ? data.to : null;
  return {
    kind,
    reference: n.agreement!.reference,
    title: titleIn(n.agreement!, locale),
    actorName: n.actor?.name ?? null,
    milestone: m ? milestoneTitleIn(m, locale) : null,
    dueDate: m?.dueDate.toISOString() ?? null,
    status,
  };
}
