import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { bin } from "./prepare";

/**
 * The notification worker as a child process of `npm start` / `npm run demo`: kept out of the web
 * server's process (its memory and event loop), and stopped with it. NOTIFY_WORKER=off leaves it
 * to a separate `npm run notify` or cron. Returns null when off.
 */
export function startNotifyWorker(extraEnv: Record<string, string> = {}): ChildProcess | null {
  if (process.env.NOTIFY_WORKER === "off") return null;
  const child = spawn(bin("tsx"), ["--conditions=react-server", path.join(process.cwd(), "scripts/notify.ts")], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", ...extraEnv },
  });
  child.on("exit", (code, signal) => {
    if (signal !== "SIGTERM" && signal !== "SIGINT") console.error(`Notification worker stopped (${code ?? signal}); mail waits in the outbox.`);
  });
  return child;
}

/** Stop the worker when the server goes (however it goes). */
export function stopWith(server: ChildProcess, worker: ChildProcess | null): void {
  const stopWorker = () => {
    if (worker && worker.exitCode === null) worker.kill("SIGTERM");
  };
  server.on("exit", stopWorker);
  process.on("exit", stopWorker);
}
