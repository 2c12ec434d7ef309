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

    CONSTRAINT "DashboardTally_pkey" PRIMARY KEY ("kind","grain","visitId","area","side","period","a","b")
);

-- CreateTable
CREATE TABLE "DashboardContribution" (
    "agreementId" TEXT NOT NULL,
    "facts" TEXT NOT NULL,

    CONSTRAINT "DashboardContribution_pkey" PRIMARY KEY ("agreementId")
);

-- AddForeignKey
ALTER TABLE "DashboardContribution" ADD CONSTRAINT "DashboardContribution_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

