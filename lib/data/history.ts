import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { stateAsOf, type StateAsOf } from "../domain/as-of";

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
