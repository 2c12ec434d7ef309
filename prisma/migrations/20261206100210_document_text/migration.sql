-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DocumentBlob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "chunkCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "textStatus" TEXT NOT NULL DEFAULT 'none',
    "text" TEXT NOT NULL DEFAULT '',
    "textError" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_DocumentBlob" ("chunkCount", "createdAt", "id", "sha256", "size") SELECT "chunkCount", "createdAt", "id", "sha256", "size" FROM "DocumentBlob";
DROP TABLE "DocumentBlob";
ALTER TABLE "new_DocumentBlob" RENAME TO "DocumentBlob";
CREATE UNIQUE INDEX "DocumentBlob_sha256_key" ON "DocumentBlob"("sha256");
CREATE INDEX "DocumentBlob_textStatus_idx" ON "DocumentBlob"("textStatus");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Documents uploaded before text extraction existed: their PDFs and DOCX files wait for the worker.
UPDATE "DocumentBlob" SET "textStatus" = 'pending' WHERE "id" IN (SELECT "blobId" FROM "Document" WHERE "mediaType" IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
