import type { Db } from "../prisma-client";
import { organizationNameSelect, shownNameColumns } from "./content-texts";
import { agreementCopies, agreementCopySources } from "./agreement-copies";
import { bumpRevision } from "./data-revision";

// Not server-only: `npm run db:reindex-search` runs it outside the app.
//
// Every save writes the copies it moves (search text, shown titles and names) in its own
// transaction. This rewrites all of them from their sources: after a migration that could only
// fill them approximately in SQL (…_text_search_index folds ASCII letters only), or after the
// folding rules change. The app may keep running meanwhile.

const BATCH = 500;

export type ReindexProgress = { stage: "organizations" | "agreements"; done: number; total: number };
export type ReindexResult = { organizations: number; agreements: number; changed: number; skipped: number };

/** Whether a row already holds these copies. */
const sameCopies = (row: Record<string, unknown>, copies: Record<string, string>) => Object.entries(copies).every(([key, value]) => row[key] === value);

export async function reindexCopies(db: Db, onProgress: (p: ReindexProgress) => void = () => {}): Promise<ReindexResult> {
  const organizations = await db.organization.findMany({
    select: { id: true, ...organizationNameSelect, shownNameEn: true, shownNameRu: true, shownNameAz: true, shownNameKk: true },
  });
  for (const [i, o] of organizations.entries()) {
    const names = shownNameColumns(o);
    // Only when they differ: the write moves updatedAt, which an open Admin → Organizations form checks.
    if (!sameCopies(o, names)) await db.organization.update({ where: { id: o.id }, data: names });
    onProgress({ stage: "organizations", done: i + 1, total: organizations.length });
  }

  const total = await db.agreement.count();
  let done = 0;
  let changed = 0;
  let skipped = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const rows = await tx.agreement.findMany({
        orderBy: { id: "asc" },
        take: BATCH,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        select: {
          id: true,
          version: true,
          ...agreementCopySources,
          searchText: true,
          searchTitle: true,
          shownTitleEn: true,
          shownTitleRu: true,
          shownTitleAz: true,
          shownTitleKk: true,
        },
      });
      for (const a of rows) {
        const copies = agreementCopies(a);
        if (sameCopies(a, copies)) continue;
        // Only over the row as read: a save since then wrote its own copies.
        const { count } = await tx.agreement.updateMany({ where: { id: a.id, version: a.version }, data: copies });
        if (count === 1) changed++;
        else skipped++;
      }
      return rows;
    });
    done += batch.length;
    onProgress({ stage: "agreements", done, total: Math.max(total, done) });
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  // Cached pages were computed from the old copies.
  await bumpRevision(db);
  return { organizations: organizations.length, agreements: done, changed, skipped };
}
