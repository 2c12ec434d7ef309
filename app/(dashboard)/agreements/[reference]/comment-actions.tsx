"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { editCommentAction, withdrawCommentAction } from "@/lib/actions/comments";
import type { MentionCandidate } from "@/lib/domain/comments";
import { useAction } from "@/app/_components/use-action";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { MentionTextarea } from "./mention-textarea";
import { CommentCounter } from "./comment-form";

const button = "rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-50";

/** Edit (author, within the window) and withdraw (author or moderator), under a comment. */
export function CommentActions({
  agreementId,
  comment,
}: {
  agreementId: string;
  comment: { id: string; body: string; version: number; editable: boolean; withdrawable: boolean; mentions: MentionCandidate[] };
}) {
  const t = useTranslations("comments");
  const { pending, result, run, reload } = useAction();
  const [mode, setMode] = useState<"view" | "edit" | "withdraw">("view");
  const [body, setBody] = useState(comment.body);
  const [picked, setPicked] = useState<MentionCandidate[]>(comment.mentions);
  const [reason, setReason] = useState("");
  const errors = result?.fieldErrors ?? {};
  const ids = `comment-${comment.id}`;

  const saveEdit = (e: FormEvent) => {
    e.preventDefault();
    run(() => editCommentAction({ commentId: comment.id, version: comment.version, body, mentions: picked }), () => setMode("view"));
  };
  const withdraw = (e: FormEvent) => {
    e.preventDefault();
    run(() => withdrawCommentAction({ commentId: comment.id, reason }), () => setMode("view"));
  };

  return (
    <div className="mt-2">
      {mode === "view" ? (
        <div className="flex gap-1">
          {comment.editable ? <button type="button" className={button} onClick={() => setMode("edit")}>{t("edit")}</button> : null}
          {comment.withdrawable ? <button type="button" className={button} onClick={() => setMode("withdraw")}>{t("withdraw")}</button> : null}
        </div>
      ) : null}
      {mode === "edit" ? (
        <form onSubmit={saveEdit} noValidate className="space-y-2">
          <MentionTextarea
            id={`${ids}-edit`}
            agreementId={agreementId}
            label={t("label")}
            value={body}
            onChange={setBody}
            onPick={(p) => setPicked((list) => (list.some((x) => x.id === p.id) ? list : [...list, p]))}
            describedBy={`${ids}-edit-counter ${ids}-edit-error`}
            invalid={Boolean(errors.body)}
          />
          <CommentCounter id={`${ids}-edit-counter`} length={body.trim().length} />
          <FieldError id={`${ids}-edit-error`} messages={errors.body} />
          <div className="flex gap-1">
            <button type="submit" className={button} disabled={pending}>{t("save")}</button>
            <button type="button" className={button} onClick={() => setMode("view")}>{t("cancel")}</button>
          </div>
        </form>
      ) : null}
      {mode === "withdraw" ? (
        <form onSubmit={withdraw} noValidate className="space-y-2">
          <label htmlFor={`${ids}-reason`} className="text-sm font-medium">{t("withdrawReason")}</label>
          <input
            id={`${ids}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className="block w-full max-w-lg rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
            aria-invalid={Boolean(errors.reason)}
            aria-describedby={`${ids}-reason-error`}
          />
          <FieldError id={`${ids}-reason-error`} messages={errors.reason} />
          <div className="flex gap-1">
            <button type="submit" className={button} disabled={pending}>{t("withdrawConfirm")}</button>
            <button type="button" className={button} onClick={() => setMode("view")}>{t("cancel")}</button>
          </div>
        </form>
      ) : null}
      <FormMessage result={result && !result.ok ? result : null} onReload={reload} />
    </div>
  );
}
