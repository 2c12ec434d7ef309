-- AlterTable
ALTER TABLE "DocumentBlob" ADD COLUMN     "text" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "textError" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "textStatus" TEXT NOT NULL DEFAULT 'none';

-- CreateIndex
CREATE INDEX "DocumentBlob_textStatus_idx" ON "DocumentBlob"("textStatus");


-- Documents uploaded before text extraction existed: their PDFs and DOCX files wait for the worker.
UPDATE "DocumentBlob" SET "textStatus" = 'pending' WHERE "id" IN (SELECT "blobId" FROM "Document" WHERE "mediaType" IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
