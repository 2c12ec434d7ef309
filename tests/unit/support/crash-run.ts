// Drives tests/unit/support/crash-child.ts from the crash-safety tests: writes the import file,
// starts the child, waits for it to say where it stands (never for a guessed time), kills it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { EXPORT_COLUMNS } from "@/lib/domain/agreement-columns";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const CHILD = path.join(ROOT, "tests/unit/support/crash-child.ts");

/** A CSV in the export's format creating `rows` new agreements (CRASH-0001…) between known organizations. */
export async function importCsv(db: PrismaClient, rows: number, file: string): Promise<string> {
  const organizations = await db.organization.findMany({ orderBy: { name: "asc" }, take: 6, select: { name: true } });
  const names = organizations.map((o) => o.name);
  const records = Array.from({ length: rows }, (_, i) => {
    const lead = names[i % names.length];
    const party = names[(i + 1) % names.length];
    const row: Record<string, string> = {
      reference: `CRASH-${String(i + 1).padStart(4, "0")}`,
      title: `Agreement imported just before a crash ${i + 1}`,
      area: "energy",
      instrument_type: "memorandum",
      status: "on_track",
      progress: "10",
      signed_date: "2025-10-22",
      target_date: "",
      lead_organization: lead,
      parties: [lead, party].join("; "),
      summary: `Row ${i + 1} of a large import.`,
    };
    return EXPORT_COLUMNS.map((c) => row[c] ?? "");
  });
  fs.writeFileSync(file, stringify([[...EXPORT_COLUMNS], ...records]));
  return file;
}

function spawnChild(databaseUrl: string, args: string[]): ChildProcess {
  // Node itself with tsx's loader, not the tsx command: that one runs the script in a second
  // process, which a SIGKILL to the first would leave running.
  return spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", CHILD, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** Resolves with the first stdout line matching `pattern`; rejects if the child exits first. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const match = pattern.exec(buffer);
      if (!match) return;
      child.stdout!.off("data", onData);
      child.off("exit", onExit);
      resolve(match);
    };
    const onExit = (code: number | null, signal: string | null) =>
      reject(new Error(`the child exited (${code ?? signal}) before printing ${pattern}; its output: ${buffer}`));
    child.stdout!.on("data", onData);
    child.once("exit", onExit);
  });
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });

/** Starts the child and resolves once it has frozen inside its transaction. */
export async function startFrozenChild(databaseUrl: string, args: string[]) {
  const child = spawnChild(databaseUrl, args);
  try {
    const match = await waitForLine(child, /^frozen (\d+)$/m);
    return {
      frozenAt: Number(match[1]),
      /** SIGKILL, then the signal the child died of once it is gone. */
      async kill() {
        child.kill("SIGKILL");
        return (await exited(child)).signal;
      },
    };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

/** Runs the child to its end; its result line, parsed. */
export async function runChild(databaseUrl: string, args: string[]): Promise<unknown> {
  const child = spawnChild(databaseUrl, args);
  const match = await waitForLine(child, /^done (.*)$/m);
  const { code } = await exited(child);
  if (code !== 0) throw new Error(`the child exited with ${code}`);
  return JSON.parse(match[1]);
}
