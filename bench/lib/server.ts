// Builds and serves the app for benchmarks: its own build folder (.next-bench, never the lead's
// .next), its own port (3300+) and database, production mode, and a demo admin session.
import { spawn } from "node:child_process";
import path from "node:path";
import { processTreeRss } from "./memory";
import { serverNodeOptions } from "../../scripts/lib/node-options";
import { buildInto, ensureClientFor, generateClientForConfiguredDatabase, generatedClientProvider } from "../../scripts/lib/prepare";
import { databaseProvider } from "../../lib/database-url";

export const BENCH_DIST_DIR = ".next-bench";
export const BENCH_AUTH_SECRET = "bench-only-secret-not-for-production-0123456789";
export const BENCH_ADMIN = { email: "admin@accord.test", password: "demo-admin-2025" } as const;

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

function serverEnv(databaseUrl: string, distDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: BENCH_AUTH_SECRET,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    // The benchmarks measure pages, not the sign-in: the bench admin has no second factor
    // (bench/generate.ts seeds it without one) and none is required of it.
    REQUIRE_2FA: "none",
  };
}

/**
 * A Prisma client for the bench database inside the benchmark's own process. The generated client
 * is made for one provider: when it is the other one's, it is generated for this database first
 * (and for the configured one again at exit), and only then loaded, so that a client loaded
 * before a build regenerated it is never used against the wrong database.
 */
export async function benchPrisma(databaseUrl: string) {
  if (generatedClientProvider() !== databaseProvider(databaseUrl)) {
    ensureClientFor(databaseUrl, { regenerate: true });
    process.on("exit", generateClientForConfiguredDatabase);
  }
  const { prismaClient } = await import("../../lib/prisma-client");
  return prismaClient(databaseUrl);
}

/** `next build` into the bench folder (never the lead's .next); exits the process when it fails. */
export function buildApp(databaseUrl: string, distDir = BENCH_DIST_DIR): void {
  // The build bundles the generated Prisma client, which is made for one database: make it for
  // this one, and for the configured one again when the benchmark ends.
  const generated = generatedClientProvider();
  if (generated !== databaseProvider(databaseUrl)) {
    ensureClientFor(databaseUrl, { regenerate: true });
    process.on("exit", generateClientForConfiguredDatabase);
  }
  console.log(`Building into ${distDir} (next build, compile + generate)…`);
  const started = Date.now();
  buildInto(distDir, { DATABASE_URL: databaseUrl, AUTH_SECRET: BENCH_AUTH_SECRET, NODE_ENV: "production" });
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

export type BenchServer = {
  baseUrl: string;
  pid: number;
  /** Resident memory of the server and its child processes, in bytes. */
  rss(): number;
  stop(): Promise<void>;
};

export async function startServer(options: {
  databaseUrl: string;
  port?: number;
  distDir?: string;
  /** V8 old-space cap for the server processes (MiB), e.g. to prove an export streams. */
  heapLimitMiB?: number;
  /** Extra environment for the app, e.g. READ_CACHE=off. */
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const port = options.port ?? 3300;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await answers(`${baseUrl}/login`)) {
    throw new Error(`Port ${port} is already serving; pick another with --port.`);
  }
  // Its own process group, so that stopping it also stops the next-server child it spawns.
  const env = { ...serverEnv(options.databaseUrl, options.distDir ?? BENCH_DIST_DIR), ...options.env };
  // Measured as deployed: `npm start` runs next with these options.
  env.NODE_OPTIONS = serverNodeOptions(env.NODE_OPTIONS);
  if (options.heapLimitMiB) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --max-old-space-size=${options.heapLimitMiB}`.trim();
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("next start did not start");
  let log = "";
  child.stdout.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));

  const deadline = Date.now() + 60_000;
  while (!(await answers(`${baseUrl}/login`))) {
    if (!alive) throw new Error(`next start exited:\n${log}`);
    if (Date.now() > deadline) {
      process.kill(-pid, "SIGKILL");
      throw new Error(`next start did not answer on ${baseUrl}/login within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    pid,
    rss: () => processTreeRss(pid),
    async stop() {
      if (!alive) return;
      await signOutAll(baseUrl);
      process.kill(-pid, "SIGTERM");
      const killer = setTimeout(() => alive && process.kill(-pid, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.status < 500;
  } catch {
    return false;
  }
}

/** Signs in through Auth.js's credentials flow; returns the Cookie header value for requests. */
export async function login(baseUrl: string, account: { email: string; password: string } = BENCH_ADMIN): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = cookiePairs(csrf.headers.getSetCookie());
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ email: account.email, password: account.password, csrfToken, callbackUrl: "/" }),
  });
  await res.arrayBuffer();
  const session = cookiePairs(res.headers.getSetCookie()).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Login as ${account.email} failed (HTTP ${res.status}, no session cookie)`);
  signedIn.set(baseUrl, [...(signedIn.get(baseUrl) ?? []), session]);
  return session;
}

/** Sessions a benchmark opened, by server: signed out when the server stops. */
const signedIn = new Map<string, string[]>();

/**
 * Signs out every session login() opened on this server, as a person would (Auth.js's sign-out,
 * which ends the session's row). Left open, they pile up in the bench database, and the account
 * page, the benchmarks' unit, lists each open session: it grew by a row every run.
 */
async function signOutAll(baseUrl: string): Promise<void> {
  for (const session of signedIn.get(baseUrl) ?? []) {
    try {
      const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: session } });
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = [session, ...cookiePairs(csrf.headers.getSetCookie())].join("; ");
      const res = await fetch(`${baseUrl}/api/auth/signout`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }),
      });
      await res.arrayBuffer();
    } catch (error) {
      console.warn(`Could not sign out a bench session: ${String(error)}`);
    }
  }
  signedIn.delete(baseUrl);
}

const cookiePairs = (setCookies: string[]) => setCookies.map((c) => c.split(";")[0]);
