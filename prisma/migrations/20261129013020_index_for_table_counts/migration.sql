-- DropIndex
DROP INDEX "Agreement_area_idx";

-- CreateIndex
CREATE INDEX "Agreement_area_status_archivedAt_id_idx" ON "Agreement"("area", "status", "archivedAt", "id");

