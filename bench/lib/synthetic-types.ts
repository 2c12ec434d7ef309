// Row shapes of the synthetic portfolio, one field per column of prisma/migrations/*/migration.sql.
import type { AgreementStatus, Severity } from "../../lib/domain/vocabulary";

export type Organization = { id: string; name: string; shortName: string; country: string; texts: { name: string; shortName: string }[] };

export type AgreementRow = {
  id: string;
  reference: string;
  visitId: string;
  title: string;
  area: string;
  instrumentType: string;
  signedDate: Date;
  summary: string;
  status: AgreementStatus;
  progress: number;
  targetDate: Date;
  leadOrganizationId: string;
  searchText: string;
  searchTitle: string;
  shownTitleEn: string;
  shownTitleRu: string;
  shownTitleAz: string;
  shownTitleKk: string;
  worstSeverity: number;
  nextMilestoneDue: Date | null;
  lastUpdateAt: Date;
  lastUpdateById: string;
  version: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type PartyRow = { agreementId: string; organizationId: string };

export type AssessmentRow = {
  id: string;
  agreementId: string;
  challengeId: string;
  severity: Severity;
  note: string;
  mitigation: string;
  assessedById: string | null;
  assessedAt: Date;
};

export type UpdateRow = {
  id: string;
  agreementId: string;
  authorId: string;
  createdAt: Date;
  statusBefore: AgreementStatus | null;
  statusAfter: AgreementStatus;
  progressBefore: number | null;
  progressAfter: number;
  note: string;
};

export type SnapshotRow = {
  id: string;
  statusUpdateId: string;
  challengeId: string;
  severity: Severity;
  severityBefore: Severity | null;
  note: string;
  mitigation: string;
  changed: boolean;
};

export type MilestoneRow = {
  id: string;
  agreementId: string;
  title: string;
  dueDate: Date;
  doneDate: Date | null;
  evidence: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** Everything one synthetic agreement brings, written together. */
export type AgreementBundle = {
  agreement: AgreementRow;
  parties: PartyRow[];
  assessments: AssessmentRow[];
  updates: UpdateRow[];
  snapshots: SnapshotRow[];
  milestones: MilestoneRow[];
};
