import { createHash } from "node:crypto";
import { Prisma } from "../../../lib/generated/prisma/client";
import { db } from "../support/db";

// Touched by every signed-in request (last seen) once sessions are tracked: bookkeeping, not a write.
const SKIPPED: readonly string[] = ["Session"];

export type Snapshot = Record<string, { rows: number; hash: string }>;

const json = (row: unknown) => JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

/**
 * Every row of every table that names one of `tokens` (the fixture's ids, the actors' ids, the
 * run's suffix), hashed per table. Any write these actors could make on this fixture leaves such a
 * row behind (the changed row, its audit event with the actor's id, a new row named after the
 * run), while other tests' rows, written in parallel, are left out so they cannot disturb it.
 * `tableTokens` are looked for in one table only: a shared row's id (a challenge's) also appears in
 * every agreement's rows, which other tests create meanwhile.
 */
export async function snapshot(tokens: readonly string[], tableTokens: Record<string, readonly string[]> = {}): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const model of Object.values(Prisma.ModelName)) {
    if (SKIPPED.includes(model)) continue;
    const delegate = (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[model[0].toLowerCase() + model.slice(1)];
    const rows = (await delegate.findMany()).map(json).filter((row) => [...tokens, ...(tableTokens[model] ?? [])].some((token) => row.includes(token))).sort();
    out[model] = { rows: rows.length, hash: createHash("sha256").update(rows.join("\n")).digest("hex").slice(0, 16) };
  }
  return out;
}

/** The tables whose rows differ between two snapshots, e.g. ["AuditEvent: 3 -> 4 rows"]. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys(after)
    .filter((table) => before[table]?.hash !== after[table].hash)
    .map((table) => `${table}: ${before[table]?.rows ?? 0} -> ${after[table].rows} rows`);
}
