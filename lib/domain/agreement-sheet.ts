import type { UpdateSummary } from "./status-report";

/** What the one-page agreement PDF shows (read by lib/data/agreement-sheet.ts; plain values only). */
export type AgreementSheet = {
  reference: string;
  title: string;
  status: string;
  progress: number;
  visit: string;
  area: string;
  instrumentType: string;
  signedDate: Date | null;
  targetDate: Date | null;
  lead: string;
  parties: string[];
  summary: string;
  lastUpdateAt: Date | null;
  lastUpdateBy: string | null;
  archived: boolean;
  assessments: { challenge: string; severity: string; note: string; mitigation: string }[];
  milestones: { title: string; dueDate: Date; doneDate: Date | null; owner: string | null }[];
  history: UpdateSummary[];
  historyTotal: number;
  /** The evidence this reader may see (withdrawn ones never; restricted ones only for those allowed). */
  documents: { name: string; createdAt: Date; uploadedBy: string; size: number }[];
};
