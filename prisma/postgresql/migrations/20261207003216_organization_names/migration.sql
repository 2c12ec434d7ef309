-- CreateTable
CREATE TABLE "OrganizationText" (
    "organizationId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL COLLATE "und-x-icu",
    "shortName" TEXT NOT NULL DEFAULT '' COLLATE "und-x-icu",
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationText_pkey" PRIMARY KEY ("organizationId","locale")
);

-- The former "localName" becomes the organization's text in its own language: Azerbaijani for
-- AZ, Kazakh for KZ, and another country's is kept as Russian and flagged for review.
INSERT INTO "OrganizationText" ("organizationId", "locale", "name", "needsReview", "note", "updatedAt")
SELECT "id",
       CASE "country" WHEN 'AZ' THEN 'az' WHEN 'KZ' THEN 'kk' ELSE 'ru' END,
       "localName",
       "country" NOT IN ('AZ', 'KZ'),
       CASE WHEN "country" IN ('AZ', 'KZ') THEN '' ELSE 'Moved from the former local name: check that it is Russian.' END,
       CURRENT_TIMESTAMP
FROM "Organization" WHERE "localName" <> '';

-- AlterTable
ALTER TABLE "Organization" DROP COLUMN "localName";

-- CreateIndex
CREATE INDEX "OrganizationText_locale_needsReview_idx" ON "OrganizationText"("locale", "needsReview");

-- AddForeignKey
ALTER TABLE "OrganizationText" ADD CONSTRAINT "OrganizationText_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
