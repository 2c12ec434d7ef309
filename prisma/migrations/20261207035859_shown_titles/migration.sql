-- The title a reader of each language is shown, so the table sorts by what it shows (issue 15,
-- item 5). Added in place: rebuilding "Agreement" would drop the triggers that keep its FTS5
-- search table in step. SQLite sorts these by code point (README, "Sorting names").
ALTER TABLE "Agreement" ADD COLUMN "shownTitleEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Agreement" ADD COLUMN "shownTitleRu" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Agreement" ADD COLUMN "shownTitleAz" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Agreement" ADD COLUMN "shownTitleKk" TEXT NOT NULL DEFAULT '';

-- Existing rows: the text in that language (a blank one does not count), else the original title.
UPDATE "Agreement" SET
  "shownTitleEn" = COALESCE((SELECT NULLIF(TRIM(t."title"), '') FROM "AgreementText" t WHERE t."agreementId" = "Agreement"."id" AND t."locale" = 'en'), "title"),
  "shownTitleRu" = COALESCE((SELECT NULLIF(TRIM(t."title"), '') FROM "AgreementText" t WHERE t."agreementId" = "Agreement"."id" AND t."locale" = 'ru'), "title"),
  "shownTitleAz" = COALESCE((SELECT NULLIF(TRIM(t."title"), '') FROM "AgreementText" t WHERE t."agreementId" = "Agreement"."id" AND t."locale" = 'az'), "title"),
  "shownTitleKk" = COALESCE((SELECT NULLIF(TRIM(t."title"), '') FROM "AgreementText" t WHERE t."agreementId" = "Agreement"."id" AND t."locale" = 'kk'), "title");
