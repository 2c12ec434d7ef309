-- The name a reader of each language is shown, so the table sorts by lead organization as it
-- shows them (issue 15, item 5). Added in place, as for the agreements' shown titles. SQLite
-- sorts these by code point (README, "Sorting names").
ALTER TABLE "Organization" ADD COLUMN "shownNameEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Organization" ADD COLUMN "shownNameRu" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Organization" ADD COLUMN "shownNameAz" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Organization" ADD COLUMN "shownNameKk" TEXT NOT NULL DEFAULT '';

-- Existing rows: the name in that language (a blank one does not count), else the English.
UPDATE "Organization" SET
  "shownNameEn" = "name",
  "shownNameRu" = COALESCE((SELECT NULLIF(TRIM(t."name"), '') FROM "OrganizationText" t WHERE t."organizationId" = "Organization"."id" AND t."locale" = 'ru'), "name"),
  "shownNameAz" = COALESCE((SELECT NULLIF(TRIM(t."name"), '') FROM "OrganizationText" t WHERE t."organizationId" = "Organization"."id" AND t."locale" = 'az'), "name"),
  "shownNameKk" = COALESCE((SELECT NULLIF(TRIM(t."name"), '') FROM "OrganizationText" t WHERE t."organizationId" = "Organization"."id" AND t."locale" = 'kk'), "name");
