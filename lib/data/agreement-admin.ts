import "server-only";
import { currentRevision, revisionCache } from "./revision-keyed-cache";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import type { Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import type { AgreementFields } from "../validations/agreement";
import { recordAudit } from "./audit";
import { agreementSearchColumns } from "../domain/agreement-search-text";
import { staleError } from "./stale-save";
import { plannedTexts, type TextsPlan } from "../i18n/content-text";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { nameOrder } from "../i18n/collation";
import type { Prisma } from "../generated/prisma/client";
import { organizationIn, shownTitleColumns } from "./content-texts";
import { organizationDirectory } from "./organization-directory";

const TEXT_FIELDS = ["title", "summary"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The other languages' rows after a save: those kept, with the plan's writes in place. */
function textsAfter(existing: readonly { locale: string; title: string; summary: string }[], plan: TextsPlan<TextField>) {
  const written = new Set<string>(plan.write.map((w) => w.locale));
  const removed = new Set<string>(plan.remove);
  return [...existing.filter((row) => !written.has(row.locale) && !removed.has(row.locale)), ...plan.write];
}

/** Writes a plan's rows of AgreementText, in the transaction of the agreement's change. */
async function writeTexts(tx: Tx, agreementId: string, plan: TextsPlan<TextField>) {
  if (plan.remove.length) await tx.agreementText.deleteMany({ where: { agreementId, locale: { in: plan.remove } } });
  for (const { locale, title, summary, needsReview } of plan.write) {
    await tx.agreementText.upsert({
      where: { agreementId_locale: { agreementId, locale } },
      create: { agreementId, locale, title, summary, needsReview },
      update: { title, summary, needsReview, note: "" },
    });
  }
}

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
const fieldsView = (a: {
  reference: string;
  title: string;
  language: string;
  area: string;
  instrumentType: string;
  signedDate: Date | null;
  targetDate: Date | null;
  leadOrganizationId: string;
  summary: string;
  sourceExcerpt: string;
  visitId: string;
}, partyIds: string[]) => ({
  reference: a.reference,
  visitId: a.visitId,
  title: a.title,
  language: a.language,
  area: a.area,
  instrumentType: a.instrumentType,
  signedDate: a.signedDate?.toISOString().slice(0, 10) ?? null,
  targetDate: a.targetDate?.toISOString().slice(0, 10) ?? null,
  leadOrganizationId: a.leadOrganizationId,
  partyOrganizationIds: [...partyIds].sort(),
  summary: a.summary,
  sourceExcerpt: a.sourceExcerpt,
});

/** Checks references, returns the parties (lead always included) with the names search needs. */
async function resolveRelations(tx: Tx, input: AgreementFields) {
  if (!(await tx.visit.findUnique({ where: { id: input.visitId } }))) {
    throw new ActionError("errors.invalidInput", 400, undefined, { visitId: ["validation.invalidId"] });
  }
  const partyIds = [...new Set([input.leadOrganizationId, ...input.partyOrganizationIds])];
  const organizations = await tx.organization.findMany({ where: { id: { in: partyIds } }, include: { texts: true } });
  if (!organizations.some((o) => o.id === input.leadOrganizationId)) {
    throw new ActionError("errors.invalidInput", 400, undefined, { leadOrganizationId: ["validation.unknownOrganization"] });
  }
  if (organizations.length !== partyIds.length) {
    throw new ActionError("errors.invalidInput", 400, undefined, { partyOrganizationIds: ["validation.unknownOrganization"] });
  }
  return { partyIds, organizations };
}

const columns = (input: AgreementFields) => ({
  reference: input.reference,
  visitId: input.visitId,
  title: input.title,
  language: input.language,
  area: input.area,
  instrumentType: input.instrumentType,
  signedDate: day(input.signedDate),
  targetDate: day(input.targetDate),
  leadOrganizationId: input.leadOrganizationId,
  summary: input.summary,
  sourceExcerpt: input.sourceExcerpt,
});

export async function createAgreement(input: AgreementFields, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    if (await tx.agreement.findUnique({ where: { reference: input.reference }, select: { id: true } })) {
      throw new ActionError("errors.invalidInput", 400, undefined, { reference: ["validation.referenceTaken"] });
    }
    const { partyIds, organizations } = await resolveRelations(tx, input);
    const challenges = await tx.challenge.findMany({ where: { archivedAt: null } });
    const texts = plannedTexts(input.language, TEXT_FIELDS, "title", [], input.texts);
    const now = new Date();
    const agreement = await tx.agreement.create({
      data: {
        ...columns(input),
        ...agreementSearchColumns({ ...input, texts: texts.write }, organizations),
        ...shownTitleColumns({ ...input, texts: texts.write }),
        lastUpdateAt: now,
        lastUpdateById: actor.id,
        parties: { create: partyIds.map((organizationId) => ({ organizationId })) },
        texts: { create: texts.write },
        assessments: { create: challenges.map((c) => ({ challengeId: c.id, severity: "none", assessedById: actor.id })) },
        statusUpdates: {
          create: {
            authorId: actor.id,
            createdAt: now,
            statusAfter: "not_started",
            progressAfter: 0,
            note: "",
            assessments: { create: challenges.map((c) => ({ challengeId: c.id, severity: "none", changed: true })) },
          },
        },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agreement.create",
      entityType: "agreement",
      entityId: agreement.id,
      agreementId: agreement.id,
      after: { ...fieldsView(agreement, partyIds), ...texts.after },
    });
    return agreement;
  });
}

export async function updateAgreement(input: AgreementFields & { agreementId: string; version: number }, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.agreement.findUnique({ where: { id: input.agreementId }, include: { parties: true, texts: true } });
    if (!before) throw new ActionError("errors.notFound", 404);
    if (before.version !== input.version) throw await staleError(tx, { agreementId: before.id });
    const clash = await tx.agreement.findUnique({ where: { reference: input.reference }, select: { id: true } });
    if (clash && clash.id !== before.id) {
      throw new ActionError("errors.invalidInput", 400, undefined, { reference: ["validation.referenceTaken"] });
    }
    const { partyIds, organizations } = await resolveRelations(tx, input);
    const texts = plannedTexts(input.language, TEXT_FIELDS, "title", before.texts, input.texts);
    const swapped = await tx.agreement.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        ...columns(input),
        ...agreementSearchColumns({ ...input, texts: textsAfter(before.texts, texts) }, organizations),
        ...shownTitleColumns({ ...input, texts: textsAfter(before.texts, texts) }),
        version: { increment: 1 },
      },
    });
    if (swapped.count === 0) throw await staleError(tx, { agreementId: before.id });
    await writeTexts(tx, before.id, texts);
    await tx.agreementParty.deleteMany({ where: { agreementId: before.id, organizationId: { notIn: partyIds } } });
    const existing = new Set(before.parties.map((p) => p.organizationId));
    for (const organizationId of partyIds.filter((id) => !existing.has(id))) {
      await tx.agreementParty.create({ data: { agreementId: before.id, organizationId } });
    }
    const beforeView = fieldsView(before, before.parties.map((p) => p.organizationId));
    const afterView = fieldsView({ ...before, ...columns(input) }, partyIds);
    const changedKeys = (Object.keys(afterView) as (keyof typeof afterView)[]).filter(
      (k) => JSON.stringify(beforeView[k]) !== JSON.stringify(afterView[k]),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agreement.update",
      entityType: "agreement",
      entityId: before.id,
      agreementId: before.id,
      // The other languages' changes are named with their language: "title.kk".
      before: { ...Object.fromEntries(changedKeys.map((k) => [k, beforeView[k]])), ...texts.before },
      after: { ...Object.fromEntries(changedKeys.map((k) => [k, afterView[k]])), ...texts.after },
    });
    return { reference: input.reference };
  });
}

/** Agreements are never deleted: archiving hides them by default and keeps their history. */
export async function setArchived(input: { agreementId: string; version: number; archived: boolean }, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.agreement.findUnique({ where: { id: input.agreementId } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const swapped = await tx.agreement.updateMany({
      where: { id: before.id, version: input.version },
      data: { archivedAt: input.archived ? new Date() : null, version: { increment: 1 } },
    });
    if (swapped.count === 0) throw await staleError(tx, { agreementId: before.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.archived ? "agreement.archive" : "agreement.unarchive",
      entityType: "agreement",
      entityId: before.id,
      agreementId: before.id,
      before: { archived: before.archivedAt !== null },
      after: { archived: input.archived },
    });
    return before;
  });
}

type FormOptions = {
  visits: { id: string; title: string }[];
  organizations: { id: string; name: string; country: string }[];
};
const visitsCache = revisionCache<FormOptions["visits"]>({ maxEntries: 1, maxAgeMs: Infinity });

/**
 * Visits and organizations to choose from (forms and table filters), the organizations named in
 * the reader's language (else in English); read once per data revision.
 */
export async function agreementFormOptions(locale: Locale = DEFAULT_LOCALE): Promise<FormOptions> {
  const [visits, { list: organizations }] = await Promise.all([
    visitsCache.get("visits", await currentRevision(), () =>
      prisma.visit.findMany({ orderBy: { startDate: "desc" }, select: { id: true, title: true } }),
    ),
    organizationDirectory(),
  ]);
  // By side (as read), then by name as the reader's language sorts it.
  const named = organizations.map((o) => ({ id: o.id, name: organizationIn(o, locale).name, country: o.country }));
  const compare = nameOrder(locale);
  const byCountry = (a: { country: string }, b: { country: string }) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0);
  return { visits, organizations: named.sort((a, b) => byCountry(a, b) || compare(a.name, b.name)) };
}
