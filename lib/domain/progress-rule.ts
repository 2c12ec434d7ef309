import type { AgreementStatus } from "./vocabulary";

/**
 * The progress rule (README, "Progress"): progress is entered by hand with each status update,
 * because milestones differ in weight; the share of milestones done is shown beside it as a
 * guide. The status and the number must not contradict each other:
 * - "Not started" means 0 %;
 * - "Completed" means 100 % and no open milestones; 100 % means "Completed".
 * Returns catalog keys of the violations, by field.
 */
export function progressRuleErrors(input: {
  status: AgreementStatus;
  progress: number;
  openMilestones: number;
}): { status?: string; progress?: string } {
  if (input.status === "not_started" && input.progress !== 0) {
    return { progress: "tracking.rule.notStartedZero" };
  }
  if (input.status === "completed" && input.progress !== 100) {
    return { progress: "tracking.rule.completedHundred" };
  }
  if (input.status === "completed" && input.openMilestones > 0) {
    return { status: "tracking.rule.completedOpenMilestones" };
  }
  if (input.progress === 100 && input.status !== "completed") {
    return { status: "tracking.rule.hundredIsCompleted" };
  }
  return {};
}

/** Share of milestones done, 0-100, or null without milestones (the guide shown beside progress). */
export function milestoneCompletion(milestones: readonly { doneDate: Date | null }[]): number | null {
  if (milestones.length === 0) return null;
  const done = milestones.filter((m) => m.doneDate !== null).length;
  return Math.round((done / milestones.length) * 100);
}
