import type { Db, Tx } from "../prisma-client";

/** The single DataRevision row (created by its migration). */
const ROW = 1;

/**
 * Moves the data revision. Called in the transaction of every audited change (recordAudit), and
 * by anything else that writes outside the app's data layer (the seed, tests' fixtures), so that
 * read caches keyed on the revision never serve what that write replaced. On PostgreSQL the row
 * lock orders concurrent writers, so the value only grows, in commit order.
 */
export async function bumpRevision(db: Tx | Db): Promise<void> {
  await db.dataRevision.upsert({
    where: { id: ROW },
    create: { id: ROW, value: 1 },
    update: { value: { increment: 1 } },
  });
}

export async function readRevision(db: Tx | Db): Promise<number> {
  const row = await db.dataRevision.findUnique({ where: { id: ROW }, select: { value: true } });
  return row?.value ?? 0;
}
