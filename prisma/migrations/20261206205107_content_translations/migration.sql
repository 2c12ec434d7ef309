-- CreateTable
CREATE TABLE "AgreementText" (
    "agreementId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("agreementId", "locale"),
    CONSTRAINT "AgreementText_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChallengeText" (
    "challengeId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("challengeId", "locale"),
    CONSTRAINT "ChallengeText_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (by hand: ADD COLUMN, not the generated table redefinition, which would drop the
-- Agreement search index's triggers of 20261206154221_text_search_index)
ALTER TABLE "Agreement" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Challenge" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE INDEX "AgreementText_locale_needsReview_idx" ON "AgreementText"("locale", "needsReview");

-- CreateIndex
CREATE INDEX "ChallengeText_locale_needsReview_idx" ON "ChallengeText"("locale", "needsReview");

