import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { describeEnvErrors, envSchema, type Env } from "../../lib/env";
import { sqliteFilePath } from "../../lib/database-url";

/** Validates the environment; on failure prints one line per variable and exits. */
export function checkEnvironment(): Env {
  const cleaned = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    console.error(describeEnvErrors(result.error));
    process.exit(1);
  }
  const env = result.data;
  if (env.DATABASE_URL.startsWith("file:")) {
    const file = sqliteFilePath(env.DATABASE_URL);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      new Database(file).close();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`DATABASE_URL: cannot open the SQLite file ${file} (${reason}); expects a writable path`);
      process.exit(1);
    }
  } else {
    console.error("DATABASE_URL: this build runs on SQLite; expects file:./path/to/accord.db (see README, PostgreSQL)");
    process.exit(1);
  }
  return env;
}

export function run(command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

export const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

export function migrate(): void {
  console.log("Applying database migrations…");
  run(bin("prisma"), ["migrate", "deploy"]);
}
