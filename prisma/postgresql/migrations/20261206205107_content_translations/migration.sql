-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "AgreementText" (
    "agreementId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgreementText_pkey" PRIMARY KEY ("agreementId","locale")
);

-- CreateTable
CREATE TABLE "ChallengeText" (
    "challengeId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChallengeText_pkey" PRIMARY KEY ("challengeId","locale")
);

-- CreateIndex
CREATE INDEX "AgreementText_locale_needsReview_idx" ON "AgreementText"("locale", "needsReview");

-- CreateIndex
CREATE INDEX "ChallengeText_locale_needsReview_idx" ON "ChallengeText"("locale", "needsReview");

-- AddForeignKey
ALTER TABLE "AgreementText" ADD CONSTRAINT "AgreementText_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeText" ADD CONSTRAINT "ChallengeText_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

