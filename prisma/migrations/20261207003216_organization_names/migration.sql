-- CreateTable
CREATE TABLE "OrganizationText" (
    "organizationId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL DEFAULT '',
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("organizationId", "locale"),
    CONSTRAINT "OrganizationText_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- The former "localName" becomes the organization's text in its own language: Azerbaijani for
-- AZ, Kazakh for KZ, and another country's is kept as Russian and flagged for review.
INSERT INTO "OrganizationText" ("organizationId", "locale", "name", "needsReview", "note", "updatedAt")
SELECT "id",
       CASE "country" WHEN 'AZ' THEN 'az' WHEN 'KZ' THEN 'kk' ELSE 'ru' END,
       "localName",
       CASE WHEN "country" IN ('AZ', 'KZ') THEN false ELSE true END,
       CASE WHEN "country" IN ('AZ', 'KZ') THEN '' ELSE 'Moved from the former local name: check that it is Russian.' END,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM "Organization" WHERE "localName" <> '';

-- AlterTable
ALTER TABLE "Organization" DROP COLUMN "localName";

-- CreateIndex
CREATE INDEX "OrganizationText_locale_needsReview_idx" ON "OrganizationText"("locale", "needsReview");

