"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { addCommentAction } from "@/lib/actions/comments";
import { COMMENT_MAX, type MentionCandidate } from "@/lib/domain/comments";
import { useAction } from "@/app/_components/use-action";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { MentionTextarea } from "./mention-textarea";

export function CommentCounter({ id, length }: { id: string; length: number }) {
  const t = useTranslations("comments");
  return (
    <p id={id} className={`text-xs ${length > COMMENT_MAX ? "font-semibold text-red-800" : "text-slate-600"}`} data-testid="comment-counter">
      {t("counter", { count: length, max: COMMENT_MAX })}
    </p>
  );
}

export function CommentForm({ agreementId, milestones }: { agreementId: string; milestones: { id: string; title: string }[] }) {
  const t = useTranslations("comments");
  const { pending, result, run } = useAction();
  const [body, setBody] = useState("");
  const [milestoneId, setMilestoneId] = useState("");
  const [picked, setPicked] = useState<MentionCandidate[]>([]);
  const errors = result?.fieldErrors ?? {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => addCommentAction({ agreementId, milestoneId, body, mentions: picked }), () => {
      setBody("");
      setPicked([]);
      setMilestoneId("");
    });
  };
  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-2 rounded-md bg-slate-50 p-3" aria-label={t("post")}>
      <MentionTextarea
        id="new-comment"
        agreementId={agreementId}
        label={t("label")}
        value={body}
        onChange={setBody}
        onPick={(p) => setPicked((list) => (list.some((x) => x.id === p.id) ? list : [...list, p]))}
        describedBy="new-comment-help new-comment-counter new-comment-error"
        invalid={Boolean(errors.body)}
      />
      <p id="new-comment-help" className="text-xs text-slate-600">{t("help")}</p>
      <CommentCounter id="new-comment-counter" length={body.trim().length} />
      <FieldError id="new-comment-error" messages={errors.body} />
      {milestones.length > 0 ? (
        <div>
          <label htmlFor="new-comment-milestone" className="text-sm font-medium">{t("milestone")}</label>
          <select
            id="new-comment-milestone"
            value={milestoneId}
            onChange={(e) => setMilestoneId(e.target.value)}
            className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            aria-describedby="new-comment-milestone-error"
          >
            <option value="">{t("milestoneNone")}</option>
            {milestones.map((m) => (
              <option key={m.id} value={m.id}>{m.title}</option>
            ))}
          </select>
          <FieldError id="new-comment-milestone-error" messages={errors.milestoneId} />
        </div>
      ) : null}
      <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        {pending ? t("posting") : t("post")}
      </button>
      <FormMessage result={result} testId="comment-form-message" />
    </form>
  );
}
