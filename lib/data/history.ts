import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { stateAsOf, type StateAsOf } from "../domain/as-of";
import type { UpdateSummary } from "../domain/status-report";
import { BY_CHALLENGE_ORDER } from "./challenge-order";

/**
 * The state of every agreement matching `where` as of a moment, computed from the append-only
 * history. Loads updates in one query (no per-agreement queries), oldest first.
 */
export async function statesAsOf(
  where: Prisma.AgreementWhereInput,
  asOf: Date,
): Promise<Map<string, StateAsOf>> {
  const updates = await prisma.statusUpdate.findMany({
    where: { createdAt: { lte: asOf }, agreement: where },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      agreementId: true,
      createdAt: true,
      statusAfter: true,
      progressAfter: true,
      note: true,
      assessments: { select: { challengeId: true, severity: true, note: true, mitigation: true } },
    },
  });
  const byAgreement = new Map<string, typeof updates>();
  for (const u of updates) {
    const list = byAgreement.get(u.agreementId) ?? [];
    list.push(u);
    byAgreement.set(u.agreementId, list);
  }
  const states = new Map<string, StateAsOf>();
  for (const [agreementId, history] of byAgreement) {
    const state = stateAsOf(history, asOf);
    if (state) states.set(agreementId, state);
  }
  return states;
}

/** What a list of recent updates shows of each (dashboard, reports, agreement sheet). */
export const updateSummarySelect = {
  createdAt: true,
  statusBefore: true,
  statusAfter: true,
  progressBefore: true,
  progressAfter: true,
  note: true,
  author: { select: { name: true } },
} as const;

/** An update read with updateSummarySelect, as the lists show it (the author by name). */
export function toUpdateSummary({ author, ...update }: Omit<UpdateSummary, "author"> & { author: { name: string } | null }): UpdateSummary {
  return { ...update, author: author?.name ?? null };
}

/** The agreement's history, newest first, with each update's changed assessments. */
export async function listHistory(agreementId: string) {
  return prisma.statusUpdate.findMany({
    where: { agreementId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      author: { select: { name: true } },
      assessments: { include: { challenge: { select: { name: true } } }, orderBy: BY_CHALLENGE_ORDER },
    },
  });
}
export type HistoryItem = Awaited<ReturnType<typeof listHistory>>[number];
