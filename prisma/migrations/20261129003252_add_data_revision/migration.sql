-- CreateTable
CREATE TABLE "DataRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);


-- The one row the app increments; present from the start so that concurrent first writes on
-- PostgreSQL update it rather than race to insert it.
INSERT INTO "DataRevision" ("id", "value", "updatedAt") VALUES (1, 0, CURRENT_TIMESTAMP);
