import { describe, expect, it } from "vitest";
import { milestoneCompletion, progressRuleErrors } from "@/lib/domain/progress-rule";

describe("progressRuleErrors", () => {
  it("accepts consistent combinations", () => {
    expect(progressRuleErrors({ status: "not_started", progress: 0, openMilestones: 3 })).toEqual({});
    expect(progressRuleErrors({ status: "on_track", progress: 55, openMilestones: 2 })).toEqual({});
    expect(progressRuleErrors({ status: "completed", progress: 100, openMilestones: 0 })).toEqual({});
  });

  it("flags the field that contradicts the status", () => {
    expect(progressRuleErrors({ status: "not_started", progress: 10, openMilestones: 0 })).toEqual({ progress: "tracking.rule.notStartedZero" });
    expect(progressRuleErrors({ status: "completed", progress: 90, openMilestones: 0 })).toEqual({ progress: "tracking.rule.completedHundred" });
    expect(progressRuleErrors({ status: "completed", progress: 100, openMilestones: 1 })).toEqual({ status: "tracking.rule.completedOpenMilestones" });
    expect(progressRuleErrors({ status: "at_risk", progress: 100, openMilestones: 0 })).toEqual({ status: "tracking.rule.hundredIsCompleted" });
  });
});

describe("milestoneCompletion", () => {
  it("is the share of milestones done, or null without milestones", () => {
    expect(milestoneCompletion([])).toBeNull();
    expect(milestoneCompletion([{ doneDate: new Date() }, { doneDate: null }, { doneDate: null }])).toBe(33);
    expect(milestoneCompletion([{ doneDate: new Date() }])).toBe(100);
  });
});
