-- Indexed text search (issue 17): trigram GIN indexes answer "searchText" LIKE '%…%' (what
-- Prisma's `contains` sends) from an index, with the same results as SQLite's FTS5 trigram tables.
-- pg_trgm ships with PostgreSQL and is a trusted extension (13+), so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "searchTitle" TEXT NOT NULL DEFAULT '';

-- ASCII folding only: npm run db:reindex-search folds every letter (the app does on each write).
UPDATE "Agreement" SET "searchTitle" = lower("reference" || ' • ' || "title");

-- CreateIndex
CREATE INDEX "Agreement_searchText_idx" ON "Agreement" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DocumentBlob_text_idx" ON "DocumentBlob" USING GIN ("text" gin_trgm_ops);

-- The search tables the app reads (lib/data/text-search.ts) are FTS5 tables on SQLite and these
-- views here: reading them reads the indexed columns above. Views are outside Prisma Migrate's
-- diff (the schema declares them as `view`).
CREATE VIEW "AgreementSearch" AS SELECT "id" AS "agreementId", "searchText" AS "text" FROM "Agreement";

CREATE VIEW "DocumentTextSearch" AS SELECT "id" AS "blobId", "text" FROM "DocumentBlob";
