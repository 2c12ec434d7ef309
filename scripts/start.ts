// `npm start`: production start. Checks the environment, migrates, loads the visit's package on
// an empty database (no demo accounts), then serves the built app.
import { loadDotEnv } from "./lib/dotenv";
import { bin, checkEnvironment, ensureClientFor, migrate, run } from "./lib/prepare";
import { serverNodeOptions } from "./lib/node-options";

loadDotEnv();
Object.assign(process.env, { NODE_ENV: "production" });
const env = await checkEnvironment();
ensureClientFor(env.DATABASE_URL, { regenerate: false });
await migrate(env.DATABASE_URL);

const { prismaClient } = await import("../lib/prisma-client");
const { seedDatabase } = await import("../prisma/seed-core");
const db = prismaClient();
try {
  if ((await db.visit.count()) === 0) {
    const report = await seedDatabase(db, { demo: false });
    console.log(`Empty database: loaded the visit's package (${report.agreementsCreated} agreements).`);
  }
} finally {
  await db.$disconnect();
}

run(bin("next"), ["start", "-p", process.env.PORT ?? "3000"], { NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) });
