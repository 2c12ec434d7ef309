-- CreateTable
CREATE TABLE "MilestoneText" (
    "milestoneId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("milestoneId", "locale"),
    CONSTRAINT "MilestoneText_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (a column added in place: rebuilding Milestone would gain nothing)
ALTER TABLE "Milestone" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE INDEX "MilestoneText_locale_needsReview_idx" ON "MilestoneText"("locale", "needsReview");

