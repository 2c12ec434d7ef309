-- CreateTable
CREATE TABLE "DashboardTally" (
    "kind" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "sum" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("kind", "grain", "visitId", "area", "side", "period", "a", "b")
);

-- CreateTable
CREATE TABLE "DashboardContribution" (
    "agreementId" TEXT NOT NULL PRIMARY KEY,
    "facts" TEXT NOT NULL,
    CONSTRAINT "DashboardContribution_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

