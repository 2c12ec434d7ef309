// The notification worker as it runs in production (`npm run notify -- --once`), against the e2e
// database: mail and webhooks leave through it, never through the app itself.
import { spawn } from "node:child_process";
import path from "node:path";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL } from "./constants";

/**
 * Every spec's worker sees the same world, because any of them may run while another spec's rows
 * wait: mail off unless the caller gives an SMTP server (mail.spec.ts), so no round sends another
 * spec's mail elsewhere; webhooks to loopback allowed, so any round delivers webhooks.spec.ts's
 * events to its receiver rather than refusing them.
 */
const SHARED = { SMTP_URL: "", MAIL_DIR: "", WEBHOOKS_ALLOW_PRIVATE: "true" };

/** One round of the worker; resolves with what it printed, rejects if it failed. */
export function runNotifyWorker(env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/notify.ts", "--once"], {
      env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, AUTH_SECRET: E2E_AUTH_SECRET, APP_URL: E2E_BASE_URL, NODE_ENV: "production", ...SHARED, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`notify --once exited ${code}: ${output}`))));
  });
}
