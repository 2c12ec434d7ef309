-- Names and titles sort the way people read them (issue 15, item 5): the Unicode Collation
-- Algorithm with CLDR's root order, from the ICU collations PostgreSQL ships ("und-x-icu").
-- Case and accents weigh less than letters (apple, Éclair, Zebra), Azerbaijani ə ğ ı ö ş ü ç and
-- Kazakh ә ғ қ ң ө ұ ү һ і sit beside their base letters instead of after the whole alphabet, and
-- Cyrillic and Latin each keep their alphabet's order. The collation is deterministic, so equality
-- and the unique indexes are as before (and rebuilt here). One order serves readers of all four
-- languages: a column has one collation, and Prisma's orderBy cannot name another per query.
-- Prisma's schema does not describe collations, so the drift check sees no difference.
ALTER TABLE "Agreement" ALTER COLUMN "title" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "AgreementText" ALTER COLUMN "title" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Organization" ALTER COLUMN "name" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Organization" ALTER COLUMN "shortName" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Organization" ALTER COLUMN "localName" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "User" ALTER COLUMN "name" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Visit" ALTER COLUMN "title" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Challenge" ALTER COLUMN "name" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "ChallengeText" ALTER COLUMN "name" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Milestone" ALTER COLUMN "title" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "MilestoneText" ALTER COLUMN "title" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "SavedView" ALTER COLUMN "name" TYPE TEXT COLLATE "und-x-icu";
