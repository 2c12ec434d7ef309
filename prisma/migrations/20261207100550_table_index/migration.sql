-- DropIndex
DROP INDEX "Agreement_area_status_archivedAt_id_idx";

-- CreateIndex
CREATE INDEX "Agreement_table_idx" ON "Agreement"("area", "status", "archivedAt", "id", "reference", "targetDate", "lastUpdateAt", "nextMilestoneDue", "progress", "worstSeverity", "shownTitleEn", "shownTitleRu", "shownTitleAz", "shownTitleKk");

