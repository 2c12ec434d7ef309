-- The name a reader of each language is shown, so the table sorts by lead organization as it
-- shows them (issue 15, item 5), each column in its language's ICU collation as for the
-- agreements' shown titles (…_shown_titles).
ALTER TABLE "Organization" ADD COLUMN "shownNameEn" TEXT COLLATE "en-x-icu" NOT NULL DEFAULT '',
ADD COLUMN "shownNameRu" TEXT COLLATE "ru-x-icu" NOT NULL DEFAULT '',
ADD COLUMN "shownNameAz" TEXT COLLATE "az-x-icu" NOT NULL DEFAULT '',
ADD COLUMN "shownNameKk" TEXT COLLATE "kk-x-icu" NOT NULL DEFAULT '';

-- Existing rows: the name in that language (a blank one does not count), else the English.
UPDATE "Organization" SET
  "shownNameEn" = "name",
  "shownNameRu" = COALESCE((SELECT NULLIF(TRIM(t."name"), '') FROM "OrganizationText" t WHERE t."organizationId" = "Organization"."id" AND t."locale" = 'ru'), "name"),
  "shownNameAz" = COALESCE((SELECT NULLIF(TRIM(t."name"), '') FROM "OrganizationText" t WHERE t."organizationId" = "Organization"."id" AND t."locale" = 'az'), "name"),
  "shownNameKk" = COALESCE((SELECT NULLIF(TRIM(t."name"), '') FROM "OrganizationText" t WHERE t."organizationId" = "Organization"."id" AND t."locale" = 'kk'), "name");
