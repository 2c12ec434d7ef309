import fs from "node:fs";
import path from "node:path";

/** Scripts read .env like Next does; variables already set in the environment win. */
export function loadDotEnv(file = path.join(process.cwd(), ".env")): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}
