-- The agreements' search index (AgreementSearch, FTS5 trigram) keyed by each agreement's rowid
-- (issue 17, the search at 100,000 agreements). A search page finds its matches as index rowids
-- (`AgreementSearch MATCH …`: 3 ms for 14,600 of 100,000) and reaches each agreement by its rowid,
-- the table's own key. Found by `agreementId`, each match read its index row's stored text
-- (35 ms) and then the agreement through the id index.
--
-- SQLite keeps a table's rowids through VACUUM, VACUUM INTO and the backup API
-- (tests/unit/text-search-migrations.test.ts checks the SQLite in use). A table rebuild does not:
-- a later migration that rebuilds "Agreement" (Prisma's RedefineTables copies the rows with new
-- rowids) must end with the same three triggers and the same rebuild of the index as below; the
-- same test fails until it does. SQLite only: PostgreSQL's AgreementSearch is a view.

DROP TRIGGER IF EXISTS "Agreement_search_insert";
DROP TRIGGER IF EXISTS "Agreement_search_update";
DROP TRIGGER IF EXISTS "Agreement_search_delete";

DELETE FROM "AgreementSearch";
INSERT INTO "AgreementSearch" ("rowid", "agreementId", "text") SELECT "rowid", "id", "searchText" FROM "Agreement";

CREATE TRIGGER "Agreement_search_insert" AFTER INSERT ON "Agreement" BEGIN
  INSERT INTO "AgreementSearch" ("rowid", "agreementId", "text") VALUES (new."rowid", new."id", new."searchText");
END;
CREATE TRIGGER "Agreement_search_update" AFTER UPDATE OF "searchText" ON "Agreement" BEGIN
  UPDATE "AgreementSearch" SET "text" = new."searchText" WHERE "rowid" = old."rowid";
END;
CREATE TRIGGER "Agreement_search_delete" AFTER DELETE ON "Agreement" BEGIN
  DELETE FROM "AgreementSearch" WHERE "rowid" = old."rowid";
END;
