// `npm run demo`: the one-command quick start. Creates .env if missing (random AUTH_SECRET),
// migrates the database (SQLite by default), loads the visit's package and the demo accounts, builds, serves.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { loadDotEnv } from "./lib/dotenv";
import { bin, checkEnvironment, ensureClientFor, migrate, run } from "./lib/prepare";
import { printDemoAccounts } from "./lib/print";
import { serverNodeOptions } from "./lib/node-options";
import { startNotifyWorker, stopWith } from "./lib/notify-child";

const envFile = path.join(process.cwd(), ".env");
if (!fs.existsSync(envFile)) {
  const template = fs.readFileSync(path.join(process.cwd(), ".env.example"), "utf8");
  fs.writeFileSync(envFile, template.replace(/^AUTH_SECRET=.*$/m, `AUTH_SECRET="${randomBytes(32).toString("base64")}"`));
  console.log("Created .env from .env.example with a random AUTH_SECRET.");
}
loadDotEnv();
// Without an SMTP server the demo writes each mail as an .eml file a newcomer can open.
if (!process.env.SMTP_URL && !process.env.MAIL_DIR) process.env.MAIL_DIR = path.join("data", "mail");
if (!process.env.APP_URL) process.env.APP_URL = `http://localhost:${process.env.PORT ?? "3000"}`;
const env = await checkEnvironment();
ensureClientFor(env.DATABASE_URL, { regenerate: true });
await migrate(env.DATABASE_URL);

const { prismaClient } = await import("../lib/prisma-client");
const { seedDatabase } = await import("../prisma/seed-core");
const db = prismaClient();
const report = await seedDatabase(db, { demo: true }).finally(() => db.$disconnect());
console.log(`Seed: ${report.agreementsCreated} agreements created, ${report.agreementsKept} already present.`);

console.log("Building the app (next build)…");
run(bin("next"), ["build"]);

const port = process.env.PORT ?? "3000";
const server = spawn(bin("next"), ["start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
});
const worker = startNotifyWorker();
stopWith(server, worker);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

// Print the accounts once the server answers, so they are the last thing on screen.
for (let i = 0; i < 120; i++) {
  try {
    await fetch(`http://127.0.0.1:${port}/login`);
    console.log(`\nAccord is running at http://localhost:${port}`);
    printDemoAccounts(report.demoAccounts);
    if (worker) {
      console.log(
        env.SMTP_URL
          ? `Mail is sent through ${new URL(env.SMTP_URL).host}.`
          : `Mail is not sent: each e-mail is written as an .eml file into ${path.resolve(env.MAIL_DIR ?? "data/mail")}/`,
      );
    }
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
