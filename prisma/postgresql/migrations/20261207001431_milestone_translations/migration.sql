-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "MilestoneText" (
    "milestoneId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MilestoneText_pkey" PRIMARY KEY ("milestoneId","locale")
);

-- CreateIndex
CREATE INDEX "MilestoneText_locale_needsReview_idx" ON "MilestoneText"("locale", "needsReview");

-- AddForeignKey
ALTER TABLE "MilestoneText" ADD CONSTRAINT "MilestoneText_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

