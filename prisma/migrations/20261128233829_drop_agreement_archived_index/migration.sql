-- DropIndex
DROP INDEX "Agreement_archivedAt_idx";

