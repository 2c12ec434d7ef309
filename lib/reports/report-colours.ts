import type { AgreementStatus, Severity } from "../domain/vocabulary";

// Colours mirror app/_components/severity-badge.tsx and status-badge.tsx, for the PDF and the
// page's SVG chart. Never the only signal: severities and statuses are always written as text too.
export const SEVERITY_FILL: Record<Severity, { fill: string; text: string }> = {
  none: { fill: "#f8fafc", text: "#334155" },
  low: { fill: "#ecfccb", text: "#365314" },
  medium: { fill: "#fef3c7", text: "#78350f" },
  high: { fill: "#fed7aa", text: "#431407" },
  critical: { fill: "#b91c1c", text: "#ffffff" },
};

export const STATUS_FILL: Record<AgreementStatus, string> = {
  not_started: "#64748b",
  on_track: "#047857",
  at_risk: "#b45309",
  delayed: "#b91c1c",
  completed: "#0369a1",
  suspended: "#334155",
};
