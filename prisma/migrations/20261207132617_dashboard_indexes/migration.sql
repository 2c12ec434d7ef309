-- Indexes for the dashboard at 100,000 agreements (issue 17): its counts over status updates,
-- open milestones and assessments read their own columns from an index instead of their rows
-- (lib/data/dashboard.ts, dashboard-trend.ts, dashboard-heat.ts).
-- StatusUpdate_trend_idx starts with createdAt and replaces the index on createdAt alone.

-- DropIndex
DROP INDEX "StatusUpdate_createdAt_idx";

-- CreateIndex
CREATE INDEX "StatusUpdate_trend_idx" ON "StatusUpdate"("createdAt", "agreementId", "statusBefore", "statusAfter");

-- CreateIndex
CREATE INDEX "Milestone_open_due_idx" ON "Milestone"("doneDate", "dueDate", "agreementId", "id");


-- CreateIndex
CREATE INDEX "ChallengeAssessment_heat_idx" ON "ChallengeAssessment"("agreementId", "challengeId", "severity");
