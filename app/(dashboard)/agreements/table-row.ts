import type { AgreementListRow } from "@/lib/data/agreements";

/**
 * What one row of the table needs, and nothing else: this travels to the browser with the page
 * (the RSC payload), so every field here is paid for 50-100 times per request. The list row's
 * fields as they are, days as YYYY-MM-DD text, lead and parties as names.
 */
export type TableRow = Pick<
  AgreementListRow,
  "id" | "reference" | "title" | "titleShownIn" | "area" | "status" | "progress" | "worstSeverity" | "lastUpdateBy" | "archived" | "stale" | "documentMatches"
> & {
  nextMilestoneDue: string;
  targetDate: string;
  lastUpdate: string;
  lead: string;
  /** Country code and short name of each party. */
  parties: [country: string, name: string][];
  /** The responsible people of the open milestones. */
  owners: string[];
  editable: boolean;
};
