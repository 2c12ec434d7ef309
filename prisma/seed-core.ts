import type { PrismaClient } from "../lib/generated/prisma/client";
import { bumpRevision } from "../lib/data/data-revision";
import { hashPassword } from "../lib/domain/password-hash";
import { recordAudit } from "../lib/data/audit";
import { rebuildDashboardTallies, talliesAreBuilt } from "../lib/data/dashboard-tally";
import { agreementSearchColumns } from "../lib/domain/agreement-search-text";
import { SEED_CHALLENGE_KEYS } from "../lib/domain/vocabulary";
import { nextMilestoneDue, worstSeverityIndex } from "../lib/domain/rollups";
import {
  DEMO_NOTE_PREFIX,
  SEED_AGREEMENTS,
  SEED_CHALLENGES,
  SEED_ORGANIZATIONS,
  SEED_VISIT,
} from "./seed-data";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { SEED_AGREEMENT_TEXTS, SEED_CHALLENGE_TEXTS } from "./seed-translations";
import { SEED_ORGANIZATION_NAMES } from "./seed-organization-names";
import { refreshCopiesOfOrganizationNames } from "../lib/data/organization-name-copies";
import { shownTitleColumns } from "../lib/data/content-texts";
import { encryptTotpSecret } from "../lib/domain/totp";

export type SeedReport = {
  agreementsCreated: number;
  agreementsKept: number;
  demoAccounts: readonly { email: string; password: string; role: string; organization: string | null; totpSecret?: string }[];
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Loads the visit's package. Idempotent: everything is matched by its natural key (visit slug,
 * organization name, challenge key, agreement reference) and only what is missing is created, so
 * running it again never overwrites what staff have recorded since.
 */
export async function seedDatabase(db: PrismaClient, options: { demo: boolean }): Promise<SeedReport> {
  const report = await db.$transaction(
    async (tx) => {
      // The seed writes outside the audited data layer; a running app must still see it.
      await bumpRevision(tx);
      const visit = await tx.visit.upsert({
        where: { slug: SEED_VISIT.slug },
        update: {},
        create: { ...SEED_VISIT, startDate: day(SEED_VISIT.startDate), endDate: day(SEED_VISIT.endDate) },
      });

      const orgIds = new Map<string, string>();
      for (const o of SEED_ORGANIZATIONS) {
        const { key, ...data } = o;
        const row = await tx.organization.upsert({ where: { name: o.name }, update: {}, create: data });
        orgIds.set(key, row.id);
        // Its names in the other languages: those missing are added (one corrected since is kept),
        // and its shown names and the search of its agreements follow.
        let added = false;
        for (const [locale, text] of Object.entries(SEED_ORGANIZATION_NAMES[key] ?? {})) {
          const { name, shortName, needsReview = false, note = "" } = text;
          const where = { organizationId_locale: { organizationId: row.id, locale } };
          if (await tx.organizationText.findUnique({ where, select: { locale: true } })) continue;
          await tx.organizationText.create({ data: { organizationId: row.id, locale, name, shortName, needsReview, note } });
          added = true;
        }
        if (added || row.shownNameEn === "") await refreshCopiesOfOrganizationNames(tx, row.id);
      }
      const orgId = (key: string) => {
        const id = orgIds.get(key);
        if (!id) throw new Error(`Seed data names unknown organization "${key}"`);
        return id;
      };

      const challengeIds = new Map<string, string>();
      for (const c of SEED_CHALLENGES) {
        const row = await tx.challenge.upsert({ where: { key: c.key }, update: {}, create: c });
        challengeIds.set(c.key, row.id);
        // Its other languages: those missing are added (one corrected since is kept).
        for (const [locale, text] of Object.entries(SEED_CHALLENGE_TEXTS[c.key])) {
          const { name, description, needsReview = false, note = "" } = text;
          await tx.challengeText.upsert({
            where: { challengeId_locale: { challengeId: row.id, locale } },
            update: {},
            create: { challengeId: row.id, locale, name, description, needsReview, note },
          });
        }
      }

      let agreementsCreated = 0;
      let agreementsKept = 0;
      for (const [index, a] of SEED_AGREEMENTS.entries()) {
        if (await tx.agreement.findUnique({ where: { reference: a.reference }, select: { id: true } })) {
          agreementsKept++;
          continue;
        }
        const partyIds = [...new Set([a.leadOrganization, ...a.parties])].map(orgId);
        const partyOrgs = SEED_ORGANIZATIONS.filter((o) => partyIds.includes(orgId(o.key))).map((o) => ({
          ...o,
          texts: Object.values(SEED_ORGANIZATION_NAMES[o.key] ?? {}),
        }));
        const signed = day(a.signedDate);
        const stateDate = demoStateDate(a, index, signed);
        const texts = Object.entries(SEED_AGREEMENT_TEXTS[a.reference] ?? {}).map(([locale, t]) => ({
          locale,
          title: t.title,
          summary: t.summary,
          needsReview: t.needsReview ?? false,
          note: t.note ?? "",
        }));
        const milestones = a.milestones.map((m) => ({
          title: m.title,
          dueDate: day(m.dueDate),
          doneDate: m.doneDate ? day(m.doneDate) : null,
          evidence: m.evidence ?? "",
        }));
        const agreement = await tx.agreement.create({
          data: {
            reference: a.reference,
            visitId: visit.id,
            title: a.title,
            area: a.area,
            instrumentType: a.instrumentType,
            signedDate: signed,
            // The agreement exists from its signing: reports "as of" a past date include it.
            createdAt: signed,
            summary: a.summary,
            sourceExcerpt: a.sourceExcerpt,
            status: a.initial.status,
            progress: a.initial.progress,
            targetDate: day(a.targetDate),
            leadOrganizationId: orgId(a.leadOrganization),
            ...agreementSearchColumns({ ...a, texts }, partyOrgs),
            ...shownTitleColumns({ title: a.title, language: "en", texts }),
            lastUpdateAt: stateDate,
            worstSeverity: worstSeverityIndex(SEED_CHALLENGE_KEYS.map((k) => a.initial.assessments[k].severity)),
            nextMilestoneDue: nextMilestoneDue(milestones),
            parties: { create: partyIds.map((organizationId) => ({ organizationId })) },
            assessments: {
              create: SEED_CHALLENGE_KEYS.map((key) => ({
                challengeId: challengeIds.get(key)!,
                ...a.initial.assessments[key],
                assessedAt: stateDate,
              })),
            },
            statusUpdates: { create: demoHistory(a, signed, stateDate, challengeIds) },
            milestones: { create: milestones },
            texts: { create: texts },
          },
        });
        await recordAudit(tx, {
          actorId: null,
          action: "agreement.seed",
          entityType: "agreement",
          entityId: agreement.id,
          agreementId: agreement.id,
          after: { reference: a.reference, title: a.title, status: a.initial.status, progress: a.initial.progress },
        });
        agreementsCreated++;
      }
      return { agreementsCreated, agreementsKept };
    },
    { timeout: 60_000 },
  );

  // Its agreements were counted for the dashboard as they were written (recordAudit); a new
  // database's counts are then marked whole by writing them once from the data.
  if (!(await talliesAreBuilt(db))) await rebuildDashboardTallies(db);
  const demoAccounts = options.demo ? await seedDemoAccounts(db) : [];
  return { ...report, demoAccounts };
}

/** Demo accounts get their printed password back on every demo seed, so the README stays true. */
async function seedDemoAccounts(db: PrismaClient) {
  const accounts = [];
  for (const account of DEMO_ACCOUNTS) {
    const organization = account.organization
      ? await db.organization.findUnique({ where: { name: account.organization } })
      : null;
    if (account.organization && !organization) {
      throw new Error(`Demo account ${account.email}: organization "${account.organization}" missing`);
    }
    const passwordHash = await hashPassword(account.password);
    // The secret is sealed with this installation's AUTH_SECRET; without one (a seed outside
    // `npm run demo`), the account sets its second factor up at first sign-in instead.
    const authSecret = process.env.AUTH_SECRET;
    const secondFactor =
      account.totpSecret && authSecret
        ? { totpSecret: encryptTotpSecret(account.totpSecret, authSecret), totpEnabledAt: new Date(), totpLastStep: null }
        : {};
    await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: account.email } });
      const data = {
        name: account.name,
        role: account.role,
        organizationId: organization?.id ?? null,
        passwordHash,
        active: true,
        isDemo: true,
        ...secondFactor,
      };
      const user = existing
        ? await tx.user.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
        : await tx.user.create({ data: { email: account.email, ...data } });
      if (!existing) {
        await recordAudit(tx, {
          actorId: null,
          action: "user.seed",
          entityType: "user",
          entityId: user.id,
          after: { email: user.email, role: user.role, organizationId: user.organizationId },
        });
      }
    });
    accounts.push({
      email: account.email,
      password: account.password,
      role: account.role,
      organization: account.organization,
      ...(account.totpSecret && authSecret ? { totpSecret: account.totpSecret } : {}),
    });
  }
  return accounts;
}

type SeedAgreementData = (typeof SEED_AGREEMENTS)[number];

/**
 * When the demo's current state was "recorded": spread over the last weeks before the seed runs
 * (a few beyond the staleness threshold), so the dashboard's trend, staleness and "as of" reports
 * have something to show. Agreements that have not started keep only their signing entry.
 */
function demoStateDate(a: SeedAgreementData, index: number, signed: Date): Date {
  if (a.initial.status === "not_started") return signed;
  const daysAgo = 6 + ((index * 11) % 50);
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  date.setUTCHours(9, 0, 0, 0);
  return date > signed ? date : signed;
}

/** Demo history: "not started" at signing, then the seed's state; both marked as demo data. */
function demoHistory(a: SeedAgreementData, signed: Date, stateDate: Date, challengeIds: Map<string, string>) {
  const snapshot = (changed: boolean, withBefore: boolean) =>
    SEED_CHALLENGE_KEYS.map((key) => ({
      challengeId: challengeIds.get(key)!,
      ...a.initial.assessments[key],
      severityBefore: withBefore ? a.initial.assessments[key].severity : null,
      changed,
    }));
  const current = {
    createdAt: stateDate,
    statusAfter: a.initial.status,
    progressAfter: a.initial.progress,
    note: a.initial.note,
    isDemo: true,
  };
  if (stateDate.getTime() === signed.getTime()) {
    return [{ ...current, statusBefore: null, progressBefore: null, assessments: { create: snapshot(true, false) } }];
  }
  return [
    {
      createdAt: signed,
      statusBefore: null,
      statusAfter: "not_started",
      progressBefore: null,
      progressAfter: 0,
      note: `${DEMO_NOTE_PREFIX}Signed during the visit; implementation not started yet.`,
      isDemo: true,
      assessments: { create: snapshot(true, false) },
    },
    { ...current, statusBefore: "not_started", progressBefore: 0, assessments: { create: snapshot(false, true) } },
  ];
}
