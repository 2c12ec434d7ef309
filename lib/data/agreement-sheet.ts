import "server-only";
import { prisma } from "../db";
import type { AgreementSheet } from "../domain/agreement-sheet";
import { getAgreementByReference } from "./agreements";
import { agreementTextIn, challengeIn, milestoneTitleIn, organizationIn } from "./content-texts";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { sortedByName } from "../i18n/collation";
import { toUpdateSummary, updateSummarySelect } from "./history";
import { scopeOf, type Actor } from "../domain/permissions";
import { listDocuments } from "./document-list";

export const AGREEMENT_HISTORY_LIMIT = 12;

/** Everything the one-page agreement PDF shows; null for an unknown or malformed reference. */
export async function loadAgreementSheet(reference: string, reader: Actor, locale: Locale = DEFAULT_LOCALE): Promise<AgreementSheet | null> {
  const agreement = await getAgreementByReference(reference);
  if (!agreement) return null;
  const [history, historyTotal, documents] = await Promise.all([
    prisma.statusUpdate.findMany({
      where: { agreementId: agreement.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: AGREEMENT_HISTORY_LIMIT,
      select: updateSummarySelect,
    }),
    prisma.statusUpdate.count({ where: { agreementId: agreement.id } }),
    listDocuments(agreement.id, scopeOf(agreement), reader),
  ]);
  // Title and summary in the reader's language, else the original's (as the page shows them).
  const text = agreementTextIn(agreement, locale);
  return {
    reference: agreement.reference,
    title: text.title,
    status: agreement.status,
    progress: agreement.progress,
    visit: agreement.visit.title,
    area: agreement.area,
    instrumentType: agreement.instrumentType,
    signedDate: agreement.signedDate,
    targetDate: agreement.targetDate,
    lead: organizationIn(agreement.leadOrganization, locale).name,
    parties: sortedByName(agreement.parties.map((p) => organizationIn(p.organization, locale).name), locale, (name) => name),
    summary: text.summary,
    lastUpdateAt: agreement.lastUpdateAt,
    lastUpdateBy: agreement.lastUpdateBy?.name ?? null,
    archived: agreement.archivedAt !== null,
    assessments: agreement.assessments.map((a) => ({
      challenge: challengeIn(a.challenge, locale).name,
      severity: a.severity,
      note: a.note,
      mitigation: a.mitigation,
    })),
    milestones: agreement.milestones.map((m) => ({ title: milestoneTitleIn(m, locale), dueDate: m.dueDate, doneDate: m.doneDate, owner: m.owner?.name ?? null })),
    history: history.map(toUpdateSummary),
    historyTotal,
    // An admin's list also holds withdrawn documents (to restore them): the sheet shows live evidence only.
    documents: documents.filter((d) => !d.withdrawn).map((d) => ({ name: d.name, createdAt: d.createdAt, uploadedBy: d.uploadedBy, size: d.size })),
  };
}
