import { SEVERITIES, type Severity } from "./vocabulary";

/** Index into SEVERITIES of the worst severity among the assessments (0 = none). */
export function worstSeverityIndex(severities: readonly string[]): number {
  return severities.reduce((worst, s) => Math.max(worst, SEVERITIES.indexOf(s as Severity)), 0);
}

type MilestoneLike = { dueDate: Date; doneDate: Date | null };

/** Due date of the earliest milestone not yet done (overdue ones included), or null. */
export function nextMilestoneDue(milestones: readonly MilestoneLike[]): Date | null {
  const open = milestones.filter((m) => !m.doneDate).map((m) => m.dueDate.getTime());
  return open.length ? new Date(Math.min(...open)) : null;
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Overdue: due date before today and not done. */
export function isOverdue(milestone: MilestoneLike, now: Date): boolean {
  return !milestone.doneDate && milestone.dueDate < startOfUtcDay(now);
}
