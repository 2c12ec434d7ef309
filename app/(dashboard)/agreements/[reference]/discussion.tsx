import { getTranslations } from "next-intl/server";
import type { CommentView } from "@/lib/data/comments";
import { linkify } from "@/lib/domain/comments";
import { formatDateTime } from "@/lib/format";
import { CommentForm } from "./comment-form";
import { CommentActions } from "./comment-actions";

/** Plain text with http(s) links: React escapes every text node, so markup shows as typed. */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="mt-1 text-sm break-words whitespace-pre-wrap" data-testid="comment-body">
      {linkify(body).map((segment, i) =>
        segment.kind === "link" ? (
          <a key={i} href={segment.href} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
            {segment.text}
          </a>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

export async function Discussion({
  agreementId,
  comments,
  canComment,
  archived,
  milestones,
}: {
  agreementId: string;
  comments: CommentView[];
  canComment: boolean;
  archived: boolean;
  milestones: { id: string; title: string }[];
}) {
  const t = await getTranslations("comments");
  return (
    <div className="mt-3">
      <p className="text-xs text-slate-600">{t("intro")}</p>
      {comments.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("empty")}</p> : null}
      <ol className="mt-2 divide-y divide-slate-100" data-testid="comments">
        {comments.map((c) => (
          <li key={`${c.id}-${c.version}`} id={`comment-${c.id}`} className="scroll-mt-4 py-3" data-comment={c.id} data-withdrawn={c.withdrawn ? "true" : "false"}>
            <p className="text-xs text-slate-600">
              <span className="font-medium text-slate-900">{c.author}</span> · <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time>
              {c.edited ? <span data-testid="comment-edited"> · {t("edited")}</span> : null}
            </p>
            {c.milestone ? (
              <p className="text-xs text-slate-600">
                <a href={`#milestone-${c.milestone.id}`} className="underline">{t("aboutMilestone", { title: c.milestone.title })}</a>
              </p>
            ) : null}
            {c.withdrawn ? (
              <p className="mt-1 text-sm text-slate-600 italic" data-testid="comment-withdrawn">
                {t("withdrawnBy", { name: c.withdrawn.by, reason: c.withdrawn.reason })}
              </p>
            ) : (
              <CommentBody body={c.body ?? ""} />
            )}
            {c.body !== null && (c.editable || c.withdrawable) ? (
              <CommentActions
                agreementId={agreementId}
                comment={{ id: c.id, body: c.body, version: c.version, editable: c.editable, withdrawable: c.withdrawable, mentions: c.mentions }}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {archived ? (
        <p className="mt-3 text-sm text-slate-600">{t("archived")}</p>
      ) : canComment ? (
        <CommentForm agreementId={agreementId} milestones={milestones} />
      ) : (
        <p className="mt-3 text-sm text-slate-600" data-testid="comments-read-only">{t("readOnly")}</p>
      )}
    </div>
  );
}
