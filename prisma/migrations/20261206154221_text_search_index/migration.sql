-- Indexed text search (issue 17). SQLite answers `searchText LIKE '%…%'` from a table scan; an
-- FTS5 virtual table with the trigram tokenizer answers the same LIKE from an index, with the
-- same results (the text is already folded by lib/domain/search-folding.ts, so case folding adds
-- nothing). Triggers keep each index in step inside the statement that writes the row, so in the
-- same transaction as the change and its audit event, whoever writes it (the app, the seed, the
-- import, the benchmark generator).
--
-- Rows are found by their id with LIKE (the trigram index; ids are cuids, so no % or _) and then
-- compared with = for exactness: rowids are not used, since VACUUM may renumber them.
--
-- A later migration that rebuilds "Agreement" or "DocumentBlob" (Prisma's RedefineTables) drops
-- these triggers with the old table: tests/unit/text-search-migrations.test.ts fails until the
-- migration creates them again.

ALTER TABLE "Agreement" ADD COLUMN "searchTitle" TEXT NOT NULL DEFAULT '';
-- ASCII folding only: npm run db:reindex-search folds every letter (the app does on each write).
UPDATE "Agreement" SET "searchTitle" = lower("reference" || ' • ' || "title");

CREATE VIRTUAL TABLE "AgreementSearch" USING fts5("agreementId", "text", tokenize = 'trigram');
INSERT INTO "AgreementSearch" ("agreementId", "text") SELECT "id", "searchText" FROM "Agreement";

CREATE TRIGGER "Agreement_search_insert" AFTER INSERT ON "Agreement" BEGIN
  INSERT INTO "AgreementSearch" ("agreementId", "text") VALUES (new."id", new."searchText");
END;
CREATE TRIGGER "Agreement_search_update" AFTER UPDATE OF "searchText" ON "Agreement" BEGIN
  UPDATE "AgreementSearch" SET "text" = new."searchText"
  WHERE "agreementId" LIKE old."id" AND "agreementId" = old."id";
END;
CREATE TRIGGER "Agreement_search_delete" AFTER DELETE ON "Agreement" BEGIN
  DELETE FROM "AgreementSearch" WHERE "agreementId" LIKE old."id" AND "agreementId" = old."id";
END;

CREATE VIRTUAL TABLE "DocumentTextSearch" USING fts5("blobId", "text", tokenize = 'trigram');
INSERT INTO "DocumentTextSearch" ("blobId", "text") SELECT "id", "text" FROM "DocumentBlob";

CREATE TRIGGER "DocumentBlob_search_insert" AFTER INSERT ON "DocumentBlob" BEGIN
  INSERT INTO "DocumentTextSearch" ("blobId", "text") VALUES (new."id", new."text");
END;
CREATE TRIGGER "DocumentBlob_search_update" AFTER UPDATE OF "text" ON "DocumentBlob" BEGIN
  UPDATE "DocumentTextSearch" SET "text" = new."text"
  WHERE "blobId" LIKE old."id" AND "blobId" = old."id";
END;
CREATE TRIGGER "DocumentBlob_search_delete" AFTER DELETE ON "DocumentBlob" BEGIN
  DELETE FROM "DocumentTextSearch" WHERE "blobId" LIKE old."id" AND "blobId" = old."id";
END;
