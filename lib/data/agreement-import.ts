import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import { ActionError } from "../errors";
import type { ImportRow, RowRejection } from "../validations/import";
import { PARTY_SEPARATOR } from "../domain/agreement-columns";
import { csvFieldsSelect } from "./export-record";
import {
  currentValues,
  diffFields,
  rowValues,
  type FieldValues,
  type PlannedCreate,
  type PlannedUpdate,
} from "../domain/import-diff";
import { agreementSearchColumns } from "../domain/agreement-search-text";
import { organizationNameSelect, shownTitleColumns } from "./content-texts";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "./audit";
import { letOtherRequestsRun } from "./event-loop";

export type ImportPlan = {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
  rejected: RowRejection[];
  /** Fingerprint of what would be written; confirm refuses if it differs from the preview's. */
  digest: string;
};

export const IMPORT_NOTE = "Imported from CSV";

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** Visits an import can attach new agreements to, oldest first (the first is the default). */
export async function listImportVisits() {
  return prisma.visit.findMany({ orderBy: { startDate: "asc" }, select: { id: true, title: true } });
}

/**
 * What an import would do, computed from the database as it is now: rows to create, rows to
 * change (field by field), and rows rejected because they name an unknown organization or an
 * archived agreement (on top of the file's own rejections).
 */
export async function planImport(rows: readonly ImportRow[], fileRejected: readonly RowRejection[], visitId: string): Promise<ImportPlan> {
  const [organizations, existing] = await Promise.all([
    prisma.organization.findMany({ select: { name: true } }),
    prisma.agreement.findMany({
      where: { reference: { in: rows.map((r) => r.reference) } },
      select: { id: true, version: true, archivedAt: true, ...csvFieldsSelect },
    }),
  ]);
  const known = new Set(organizations.map((o) => o.name));
  const byReference = new Map(existing.map((a) => [a.reference, a]));
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, rejected: [...fileRejected], digest: "" };

  for (const row of rows) {
    const unknown = [
      ...(known.has(row.lead_organization) ? [] : [{ column: "lead_organization", value: row.lead_organization }]),
      ...row.parties.filter((p) => !known.has(p)).map((value) => ({ column: "parties", value })),
    ];
    if (unknown.length) {
      plan.rejected.push({ row: row.row, reference: row.reference, problems: unknown.map((values) => ({ key: "import.errors.unknownOrganization", values })) });
      continue;
    }
    const values = rowValues(row);
    const current = byReference.get(row.reference);
    if (!current) {
      plan.creates.push({ row: row.row, reference: row.reference, values });
      continue;
    }
    const before = currentValues({
      ...current,
      lead: current.leadOrganization.name,
      parties: current.parties.map((p) => p.organization.name),
    });
    const changes = diffFields(before, values);
    if (!changes.length) plan.unchanged++;
    else if (current.archivedAt) {
      plan.rejected.push({ row: row.row, reference: row.reference, problems: [{ key: "import.errors.archived", values: { reference: row.reference } }] });
    } else plan.updates.push({ row: row.row, reference: row.reference, id: current.id, version: current.version, changes });
  }
  plan.rejected.sort((a, b) => a.row - b.row);
  plan.digest = createHash("sha256")
    .update(JSON.stringify([visitId, plan.creates, plan.updates, plan.unchanged, plan.rejected]))
    .digest("hex");
  return plan;
}

/**
 * Writes a plan (recomputed by the caller at confirm time) in ONE transaction: every created or
 * changed agreement with its audit event, a status update when status or progress moved. A row
 * whose agreement changed since the plan was computed (version) aborts the whole import.
 */
export async function applyImport(plan: ImportPlan, visitId: string, actorId: string): Promise<{ created: number; updated: number }> {
  if (plan.rejected.length) throw new ActionError("import.blocked");
  const visit = await prisma.visit.findUnique({ where: { id: visitId }, select: { id: true } });
  if (!visit && plan.creates.length) throw new ActionError("import.errors.unknownVisit");
  const organizations = await prisma.organization.findMany({ select: { id: true, ...organizationNameSelect } });
  const orgByName = new Map(organizations.map((o) => [o.name, o]));
  const org = (name: string) => {
    const found = orgByName.get(name);
    if (!found) throw new ActionError("import.changedSincePreview");
    return found;
  };
  const now = new Date();

  await prisma.$transaction(
    async (tx) => {
      for (const c of plan.creates) {
        await createAgreement(tx, c, visitId, actorId, org, now);
        await letOtherRequestsRun();
      }
      for (const u of plan.updates) {
        await updateAgreement(tx, u, actorId, org, now);
        await letOtherRequestsRun();
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { created: plan.creates.length, updated: plan.updates.length };
}

type OrgLookup = (name: string) => { id: string } & Prisma.OrganizationGetPayload<{ select: typeof organizationNameSelect }>;
const names = (list: string) => list.split(PARTY_SEPARATOR).filter(Boolean);

async function createAgreement(tx: Tx, c: PlannedCreate, visitId: string, actorId: string, org: OrgLookup, now: Date) {
  const v = c.values;
  const parties = names(v.parties).map(org);
  const agreement = await tx.agreement.create({
    data: {
      reference: c.reference,
      visitId,
      title: v.title,
      area: v.area,
      instrumentType: v.instrument_type,
      status: v.status,
      progress: Number(v.progress),
      signedDate: day(v.signed_date || null),
      targetDate: day(v.target_date || null),
      summary: v.summary,
      leadOrganizationId: org(v.lead_organization).id,
      ...agreementSearchColumns({ reference: c.reference, title: v.title, summary: v.summary }, parties),
      // An imported agreement is written in English, the language of the file's columns.
      ...shownTitleColumns({ title: v.title, language: "en", texts: [] }),
      lastUpdateAt: now,
      lastUpdateById: actorId,
      parties: { create: parties.map((p) => ({ organizationId: p.id })) },
      statusUpdates: {
        create: { createdAt: now, authorId: actorId, statusAfter: v.status, progressAfter: Number(v.progress), note: IMPORT_NOTE },
      },
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "agreement.import.create",
    entityType: "agreement",
    entityId: agreement.id,
    agreementId: agreement.id,
    after: { reference: c.reference, ...v },
  });
}

async function updateAgreement(tx: Tx, u: PlannedUpdate, actorId: string, org: OrgLookup, now: Date) {
  const after = Object.fromEntries(u.changes.map((c) => [c.field, c.after])) as Partial<FieldValues>;
  const current = await tx.agreement.findUniqueOrThrow({
    where: { id: u.id },
    select: {
      reference: true,
      title: true,
      language: true,
      summary: true,
      status: true,
      progress: true,
      assessments: true,
      parties: { select: { organizationId: true } },
      // The other languages' text stays searchable (an import writes the original language's only).
      texts: { select: { locale: true, title: true, summary: true } },
    },
  });
  const title = after.title ?? current.title;
  const summary = after.summary ?? current.summary;
  const partyNames = after.parties !== undefined ? names(after.parties) : null;
  const parties = partyNames ? partyNames.map(org) : null;
  const stateMoved = after.status !== undefined || after.progress !== undefined;
  const status = after.status ?? current.status;
  const progress = after.progress !== undefined ? Number(after.progress) : current.progress;

  // The version in the where clause is the optimistic lock: 0 rows means someone changed it.
  const { count } = await tx.agreement.updateMany({
    where: { id: u.id, version: u.version },
    data: {
      title,
      summary,
      ...(after.area !== undefined ? { area: after.area } : {}),
      ...(after.instrument_type !== undefined ? { instrumentType: after.instrument_type } : {}),
      ...(after.signed_date !== undefined ? { signedDate: day(after.signed_date || null) } : {}),
      ...(after.target_date !== undefined ? { targetDate: day(after.target_date || null) } : {}),
      ...(after.lead_organization !== undefined ? { leadOrganizationId: org(after.lead_organization).id } : {}),
      ...(stateMoved ? { status, progress, lastUpdateAt: now, lastUpdateById: actorId } : {}),
      version: { increment: 1 },
    },
  });
  if (count !== 1) throw new ActionError("import.changedSincePreview");

  if (parties) {
    const ids = parties.map((p) => p.id);
    await tx.agreementParty.deleteMany({ where: { agreementId: u.id, organizationId: { notIn: ids } } });
    const had = new Set(current.parties.map((p) => p.organizationId));
    const added = ids.filter((id) => !had.has(id));
    if (added.length) await tx.agreementParty.createMany({ data: added.map((organizationId) => ({ agreementId: u.id, organizationId })) });
  }
  const partyOrgs = await tx.agreementParty.findMany({
    where: { agreementId: u.id },
    select: { organization: { select: organizationNameSelect } },
  });
  await tx.agreement.update({
    where: { id: u.id },
    data: {
      ...agreementSearchColumns({ reference: current.reference, title, summary, texts: current.texts }, partyOrgs.map((p) => p.organization)),
      ...shownTitleColumns({ title, language: current.language, texts: current.texts }),
    },
  });

  if (stateMoved) {
    await tx.statusUpdate.create({
      data: {
        agreementId: u.id,
        authorId: actorId,
        createdAt: now,
        statusBefore: current.status,
        statusAfter: status,
        progressBefore: current.progress,
        progressAfter: progress,
        note: IMPORT_NOTE,
        // The history is self-contained: the assessments at this moment, unchanged by the import.
        assessments: {
          create: current.assessments.map((a) => ({
            challengeId: a.challengeId,
            severity: a.severity,
            severityBefore: a.severity,
            note: a.note,
            mitigation: a.mitigation,
            changed: false,
          })),
        },
      },
    });
  }
  await recordAudit(tx, {
    actorId,
    action: "agreement.import.update",
    entityType: "agreement",
    entityId: u.id,
    agreementId: u.id,
    before: Object.fromEntries(u.changes.map((c) => [c.field, c.before])),
    after,
  });
}
