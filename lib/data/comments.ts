import "server-only";
import { prisma } from "../db";
import type { Tx } from "../prisma-client";
import { can, rolesWith, type Actor } from "../domain/permissions";
import { ActionError } from "../errors";
import { canEditComment, mentionedIn, type MentionCandidate } from "../domain/comments";
import { foldForSearch } from "../domain/search-folding";
import type { CommentCreateInput, CommentEditInput } from "../validations/comment";
import { recordAudit } from "./audit";
import { scopeOf } from "../domain/permissions";
import { activeFollowerIds } from "./followers";
import { recordNotifications, type NewNotification } from "./notification-delivery";
import { recordWebhookEvents } from "./webhooks";

type Scoped = Awaited<ReturnType<typeof loadAgreement>>;

async function loadAgreement(tx: Tx, agreementId: string) {
  const agreement = await tx.agreement.findUnique({
    where: { id: agreementId },
    select: { id: true, reference: true, title: true, leadOrganizationId: true, archivedAt: true, parties: { select: { organizationId: true } } },
  });
  if (!agreement) throw new ActionError("errors.notFound", 404);
  return agreement;
}

/** The agreement, if this person may take part in its discussion (an archived record is closed). */
async function requireDiscussable(tx: Tx, actor: Actor, agreementId: string) {
  const agreement = await loadAgreement(tx, agreementId);
  if (!can(actor, "agreement:read", scopeOf(agreement)) || !can(actor, "agreement:comment", scopeOf(agreement))) {
    throw new ActionError("errors.forbidden", 403);
  }
  if (agreement.archivedAt) throw new ActionError("comments.errors.archived", 409);
  return agreement;
}

/**
 * Who may be mentioned on an agreement: every active person who may read it, derived from the one
 * permission map (the roles holding agreement:read, then `can` with the agreement's scope).
 */
async function readers(tx: Tx, agreement: Scoped, where: { ids?: readonly string[] } = {}) {
  const users = await tx.user.findMany({
    where: { active: true, role: { in: rolesWith("agreement:read") }, ...(where.ids ? { id: { in: [...where.ids] } } : {}) },
    select: { id: true, name: true, role: true, organizationId: true, organization: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
  return users.filter((u) => can({ id: u.id, role: u.role as Actor["role"], organizationId: u.organizationId }, "agreement:read", scopeOf(agreement)));
}

const SUGGESTIONS = 8;

/** The people to suggest after "@": readers of the agreement whose name contains the typed text. */
export async function searchMentionCandidates(agreementId: string, query: string, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const agreement = await requireDiscussable(tx, actor, agreementId);
    const folded = foldForSearch(query);
    const found = (await readers(tx, agreement)).filter((u) => u.id !== actor.id && foldForSearch(u.name).includes(folded));
    return found.slice(0, SUGGESTIONS).map((u) => ({ id: u.id, name: u.name, organization: u.organization?.name ?? null }));
  });
}

/** The picked people still named in the body; refused (field message) if any may not read the agreement. */
async function checkedMentions(tx: Tx, agreement: Scoped, body: string, picked: readonly MentionCandidate[]) {
  const ids = mentionedIn(body, picked);
  if (ids.length === 0) return [];
  const allowed = new Set((await readers(tx, agreement, { ids })).map((u) => u.id));
  if (ids.some((id) => !allowed.has(id))) {
    throw new ActionError("comments.errors.mentionNotAllowed", 400, undefined, { body: ["comments.errors.mentionNotAllowed"] });
  }
  return ids;
}

function notificationsFor(
  agreement: Scoped,
  commentId: string,
  actor: Actor,
  mentioned: readonly string[],
  followers: readonly string[],
): NewNotification[] {
  const base = { agreementId: agreement.id, commentId, actorId: actor.id, data: { reference: agreement.reference, title: agreement.title } };
  const mentionedSet = new Set(mentioned);
  return [
    ...mentioned.map((userId) => ({ ...base, userId, kind: "mention" as const })),
    // Followers hear of the comment, except those it mentions: they already got the mention.
    ...followers.filter((id) => !mentionedSet.has(id)).map((userId) => ({ ...base, userId, kind: "comment" as const })),
  ];
}

export async function addComment(input: CommentCreateInput, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const agreement = await requireDiscussable(tx, actor, input.agreementId);
    if (input.milestoneId) {
      const milestone = await tx.milestone.findFirst({ where: { id: input.milestoneId, agreementId: agreement.id }, select: { id: true } });
      if (!milestone) throw new ActionError("validation.milestoneNotInAgreement", 404, undefined, { milestoneId: ["validation.milestoneNotInAgreement"] });
    }
    const mentioned = await checkedMentions(tx, agreement, input.body, input.mentions);
    const comment = await tx.comment.create({
      data: {
        agreementId: agreement.id,
        milestoneId: input.milestoneId,
        authorId: actor.id,
        body: input.body,
        mentions: { create: mentioned.map((userId) => ({ userId })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.create",
      entityType: "comment",
      entityId: comment.id,
      agreementId: agreement.id,
      after: { body: comment.body, milestoneId: comment.milestoneId, mentions: mentioned },
    });
    await recordNotifications(tx, notificationsFor(agreement, comment.id, actor, mentioned, await activeFollowerIds(tx, agreement.id)));
    await recordWebhookEvents(tx, [
      {
        type: "comment.added",
        agreementId: agreement.id,
        data: { comment: { id: comment.id, body: comment.body, milestoneId: comment.milestoneId, createdAt: comment.createdAt.toISOString() } },
        actorId: actor.id,
      },
    ]);
    return comment;
  });
}

/** The author, within the edit window, on the version they saw; people newly mentioned are notified. */
export async function editComment(input: CommentEditInput, actor: Actor, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.comment.findUnique({ where: { id: input.commentId }, include: { mentions: true } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const agreement = await requireDiscussable(tx, actor, before.agreementId);
    if (before.authorId !== actor.id) throw new ActionError("errors.forbidden", 403);
    if (!canEditComment(before, actor.id, now)) {
      throw new ActionError(before.withdrawnAt ? "comments.errors.withdrawn" : "comments.errors.editWindowOver", 409);
    }
    const mentioned = await checkedMentions(tx, agreement, input.body, input.mentions);
    const swapped = await tx.comment.updateMany({
      where: { id: before.id, version: input.version, withdrawnAt: null },
      data: { body: input.body, editedAt: now, version: { increment: 1 } },
    });
    if (swapped.count === 0) throw new ActionError("comments.errors.stale", 409);
    const already = new Set(before.mentions.map((m) => m.userId));
    await tx.commentMention.deleteMany({ where: { commentId: before.id, userId: { notIn: mentioned } } });
    const added = mentioned.filter((id) => !already.has(id));
    if (added.length) await tx.commentMention.createMany({ data: added.map((userId) => ({ commentId: before.id, userId })) });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.update",
      entityType: "comment",
      entityId: before.id,
      agreementId: agreement.id,
      before: { body: before.body, mentions: [...already] },
      after: { body: input.body, mentions: mentioned },
    });
    await recordNotifications(tx, notificationsFor(agreement, before.id, actor, added, []));
  });
}

/** Never deleted: the author or a moderator withdraws it with a reason; the body stays in the audit log. */
export async function withdrawComment(input: { commentId: string; reason: string }, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.comment.findUnique({ where: { id: input.commentId } });
    if (!before) throw new ActionError("errors.notFound", 404);
    const agreement = await loadAgreement(tx, before.agreementId);
    if (!can(actor, "agreement:read", scopeOf(agreement))) throw new ActionError("errors.notFound", 404);
    if (before.authorId !== actor.id && !can(actor, "comment:moderate")) throw new ActionError("errors.forbidden", 403);
    if (before.withdrawnAt) throw new ActionError("comments.errors.withdrawn", 409);
    const now = new Date();
    await tx.comment.update({
      where: { id: before.id },
      data: { withdrawnAt: now, withdrawnById: actor.id, withdrawReason: input.reason, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.withdraw",
      entityType: "comment",
      entityId: before.id,
      agreementId: agreement.id,
      before: { body: before.body },
      after: { withdrawn: true, reason: input.reason },
    });
  });
}

export type CommentView = {
  id: string;
  authorId: string;
  author: string;
  body: string | null;
  createdAt: Date;
  edited: boolean;
  editable: boolean;
  withdrawable: boolean;
  withdrawn: { by: string; reason: string } | null;
  milestone: { id: string; title: string } | null;
  mentions: MentionCandidate[];
  version: number;
};

/** The thread, oldest first (a conversation reads top to bottom; replies follow what they answer). */
export async function listComments(agreementId: string, viewer: Actor, now = new Date()): Promise<CommentView[]> {
  const rows = await prisma.comment.findMany({
    where: { agreementId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      author: { select: { name: true } },
      withdrawnBy: { select: { name: true } },
      milestone: { select: { id: true, title: true } },
      mentions: { select: { user: { select: { id: true, name: true } } } },
    },
  });
  const moderator = can(viewer, "comment:moderate");
  return rows.map((c) => ({
    id: c.id,
    authorId: c.authorId,
    author: c.author.name,
    // A withdrawn comment's words leave the thread; the audit log keeps them.
    body: c.withdrawnAt ? null : c.body,
    createdAt: c.createdAt,
    edited: c.editedAt !== null,
    editable: canEditComment(c, viewer.id, now),
    withdrawable: !c.withdrawnAt && (c.authorId === viewer.id || moderator),
    withdrawn: c.withdrawnAt ? { by: c.withdrawnBy?.name ?? "—", reason: c.withdrawReason } : null,
    milestone: c.milestone,
    mentions: c.mentions.map((m) => m.user),
    version: c.version,
  }));
}

