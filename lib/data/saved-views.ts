import "server-only";
import { currentRevision, revisionCache } from "./revision-keyed-cache";
import { prisma } from "../db";
import type { Actor } from "../domain/permissions";
import { can } from "../domain/permissions";
import { ActionError } from "../errors";
import { agreementQueryToParams, parseAgreementQuery } from "../url-state/agreement-query";
import { recordAudit } from "./audit";

/** Views a user sees: their own and every shared one. */
type SavedViewRow = { id: string; name: string; query: string; shared: boolean; owner: string; canManage: boolean };
// Every saved-view change is audited, so it moves the revision; per person, like the answer.
const viewsCache = revisionCache<SavedViewRow[]>({ maxEntries: 512, maxAgeMs: Infinity });

/** The person's own views and the shared ones; cached per person and data revision. */
export async function listSavedViews(actor: Actor): Promise<SavedViewRow[]> {
  const key = JSON.stringify([actor.id, actor.role]);
  return viewsCache.get(key, await currentRevision(), () => readSavedViews(actor));
}

async function readSavedViews(actor: Actor): Promise<SavedViewRow[]> {
  const views = await prisma.savedView.findMany({
    where: { OR: [{ ownerId: actor.id }, { shared: true }] },
    orderBy: [{ shared: "asc" }, { name: "asc" }],
    include: { owner: { select: { name: true } } },
  });
  return views.map((v) => ({
    id: v.id,
    name: v.name,
    query: v.query,
    shared: v.shared,
    owner: v.owner.name,
    canManage: v.ownerId === actor.id || (v.shared && can(actor, "view:share")),
  }));
}
export type SavedViewItem = SavedViewRow;

/** Stores only the filters, sort and columns the table understands (never the page number). */
function cleanQuery(query: string): string {
  const parsed = parseAgreementQuery(new URLSearchParams(query));
  return agreementQueryToParams({ ...parsed, page: 1 }).toString();
}

export async function createSavedView(input: { name: string; query: string; shared: boolean }, actor: Actor) {
  if (input.shared && !can(actor, "view:share")) throw new ActionError("errors.forbidden", 403);
  return prisma.$transaction(async (tx) => {
    const view = await tx.savedView.create({
      data: { name: input.name, query: cleanQuery(input.query), shared: input.shared, ownerId: actor.id },
    });
    await recordAudit(tx, { actorId: actor.id, action: "view.create", entityType: "saved_view", entityId: view.id, after: { name: view.name, query: view.query, shared: view.shared } });
    return view;
  });
}

async function manageable(viewId: string, actor: Actor) {
  const view = await prisma.savedView.findUnique({ where: { id: viewId } });
  if (!view) throw new ActionError("errors.notFound", 404);
  const allowed = view.ownerId === actor.id || (view.shared && can(actor, "view:share"));
  if (!allowed) throw new ActionError("errors.forbidden", 403);
  return view;
}

export async function renameSavedView(input: { viewId: string; name: string }, actor: Actor) {
  const before = await manageable(input.viewId, actor);
  return prisma.$transaction(async (tx) => {
    await tx.savedView.update({ where: { id: before.id }, data: { name: input.name } });
    await recordAudit(tx, { actorId: actor.id, action: "view.rename", entityType: "saved_view", entityId: before.id, before: { name: before.name }, after: { name: input.name } });
  });
}

export async function deleteSavedView(input: { viewId: string }, actor: Actor) {
  const before = await manageable(input.viewId, actor);
  return prisma.$transaction(async (tx) => {
    await tx.savedView.delete({ where: { id: before.id } });
    await recordAudit(tx, { actorId: actor.id, action: "view.delete", entityType: "saved_view", entityId: before.id, before: { name: before.name, query: before.query, shared: before.shared } });
  });
}
