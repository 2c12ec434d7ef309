// `npm run db:seed [-- --demo]`: loads the visit's package (idempotent); --demo adds demo accounts.
import { loadDotEnv } from "../scripts/lib/dotenv";
import { ensureClientFor } from "../scripts/lib/prepare";
import { DEFAULT_DATABASE_URL } from "../lib/database-url";
loadDotEnv();
ensureClientFor(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, { regenerate: false });
const { prismaClient } = await import("../lib/prisma-client");
const { seedDatabase } = await import("./seed-core");
const { printDemoAccounts } = await import("../scripts/lib/print");

const demo = process.argv.includes("--demo");
const db = prismaClient();
try {
  const report = await seedDatabase(db, { demo });
  console.log(
    `Seed: ${report.agreementsCreated} agreements created, ${report.agreementsKept} already present.`,
  );
  if (demo) printDemoAccounts(report.demoAccounts);
} finally {
  await db.$disconnect();
}
