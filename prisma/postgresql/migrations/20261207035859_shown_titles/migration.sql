-- The title a reader of each language is shown, so the table sorts by what it shows (issue 15,
-- item 5). Each column carries its language's ICU collation, CLDR's tailoring of the root order:
-- Azerbaijani ç ğ ı ö ş ü ə and q x as letters of their own (ç after c, ı before i, x after h),
-- Kazakh і after ы, Russian ё beside е. Prisma's schema does not describe collations, so the drift
-- check sees no difference.
ALTER TABLE "Agreement" ADD COLUMN "shownTitleEn" TEXT COLLATE "en-x-icu" NOT NULL DEFAULT '',
ADD COLUMN "shownTitleRu" TEXT COLLATE "ru-x-icu" NOT NULL DEFAULT '',
ADD COLUMN "shownTitleAz" TEXT COLLATE "az-x-icu" NOT NULL DEFAULT '',
ADD COLUMN "shownTitleKk" TEXT COLLATE "kk-x-icu" NOT NULL DEFAULT '';

-- Existing rows: the text in that language (a blank one does not count), else the original title.
UPDATE "Agreement" SET
  "shownTitleEn" = COALESCE((SELECT NULLIF(TRIM(t."title"), '') FROM "AgreementText" t WHERE t."agreementId" = "Agreement"."id" AND t."locale" = 'en'), "title"),
  "shownTitleRu" = COALESCE((SELECT NULLIF(TRIM(t."title"), '') FROM "AgreementText" t WHERE t."agreementId" = "Agreement"."id" AND t."locale" = 'ru'), "title"),
  "shownTitleAz" = COALESCE((SELECT NULLIF(TRIM(t."title"), '') FROM "AgreementText" t WHERE t."agreementId" = "Agreement"."id" AND t."locale" = 'az'), "title"),
  "shownTitleKk" = COALESCE((SELECT NULLIF(TRIM(t."title"), '') FROM "AgreementText" t WHERE t."agreementId" = "Agreement"."id" AND t."locale" = 'kk'), "title");
