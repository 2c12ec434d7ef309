"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { postStatusUpdateAction } from "@/lib/actions/tracking";
import type { ActionResult } from "@/lib/actions/authed-action";
import { AGREEMENT_STATUSES, SEVERITIES, type AgreementStatus, type Severity } from "@/lib/domain/vocabulary";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { NOTE_MAX, SHORT_TEXT_MAX } from "@/lib/domain/limits";

type Assessment = { challengeId: string; name: string; severity: Severity; note: string; mitigation: string };

type Props = {
  agreementId: string;
  version: number;
  status: AgreementStatus;
  progress: number;
  assessments: Assessment[];
  milestones: { done: number; total: number };
};

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

export function StatusUpdateForm(props: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<string>(props.status);
  const [progress, setProgress] = useState(String(props.progress));
  const [note, setNote] = useState("");
  // What the user changed, by challenge, over the page's current list: after a reload, a challenge
  // archived meanwhile leaves the form, a new one joins it, and the edits to the others stay.
  const [edits, setEdits] = useState<Record<string, Partial<Assessment>>>({});
  const assessments = props.assessments.map((a) => ({ ...a, ...edits[a.challengeId] }));
  const [result, setResult] = useState<ActionResult | null>(null);
  const errors = result?.fieldErrors ?? {};

  const setAssessment = (index: number, change: Partial<Assessment>) => {
    const id = assessments[index].challengeId;
    setEdits((all) => ({ ...all, [id]: { ...all[id], ...change } }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const outcome = await postStatusUpdateAction({
        agreementId: props.agreementId,
        version: props.version,
        status,
        progress,
        note,
        assessments: assessments.map(({ challengeId, severity, note, mitigation }) => ({ challengeId, severity, note, mitigation })),
      });
      setResult(outcome);
      if (outcome.ok) {
        setNote("");
        router.refresh();
      }
    });
  };

  const percent = props.milestones.total ? Math.round((props.milestones.done / props.milestones.total) * 100) : 0;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby="update-heading" data-testid="status-update-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="update-status" className="block text-sm font-medium">
            {t("tracking.update.status")}
          </label>
          <select
            id="update-status"
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            aria-invalid={Boolean(errors.status)}
            aria-describedby="update-status-error"
            className={input}
          >
            {AGREEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
          <FieldError id="update-status-error" messages={errors.status} />
        </div>
        <div>
          <label htmlFor="update-progress" className="block text-sm font-medium">
            {t("tracking.update.progress")}
          </label>
          <input
            id="update-progress"
            name="progress"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={progress}
            onChange={(e) => setProgress(e.target.value)}
            aria-invalid={Boolean(errors.progress)}
            aria-describedby="update-progress-help update-progress-error"
            className={input}
          />
          <p id="update-progress-help" className="mt-1 text-xs text-slate-600">
            {props.milestones.total
              ? t("tracking.update.progressGuide", { ...props.milestones, percent })
              : t("tracking.update.progressGuideNone")}{" "}
            {t("tracking.update.progressRule")}
          </p>
          <FieldError id="update-progress-error" messages={errors.progress} />
        </div>
      </div>

      <div>
        <label htmlFor="update-note" className="block text-sm font-medium">
          {t("tracking.update.note")}
        </label>
        <textarea
          id="update-note"
          name="note"
          rows={3}
          maxLength={NOTE_MAX + 500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={Boolean(errors.note)}
          aria-describedby="update-note-help update-note-error"
          className={input}
        />
        <p id="update-note-help" className="mt-1 text-xs text-slate-600">
          {t("tracking.update.noteHelp")}
        </p>
        <FieldError id="update-note-error" messages={errors.note} />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("tracking.update.assessments")}</legend>
        {assessments.map((a, i) => (
          <div key={a.challengeId} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[12rem_1fr_1fr]" data-assessment={a.challengeId}>
            <div>
              <label htmlFor={`severity-${i}`} className="block text-sm font-medium">
                {a.name}
              </label>
              <select
                id={`severity-${i}`}
                value={a.severity}
                onChange={(e) => setAssessment(i, { severity: e.target.value as Severity })}
                aria-invalid={Boolean(errors[`assessments.${i}.severity`])}
                aria-describedby={`severity-${i}-error`}
                className={input}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`severity.${s}`)}
                  </option>
                ))}
              </select>
              <FieldError id={`severity-${i}-error`} messages={errors[`assessments.${i}.severity`]} />
            </div>
            <div>
              <label htmlFor={`anote-${i}`} className="block text-xs text-slate-700">
                {t("tracking.update.assessmentNote", { challenge: a.name })}
              </label>
              <textarea
                id={`anote-${i}`}
                rows={2}
                maxLength={SHORT_TEXT_MAX + 500}
                value={a.note}
                onChange={(e) => setAssessment(i, { note: e.target.value })}
                aria-invalid={Boolean(errors[`assessments.${i}.note`])}
                aria-describedby={`anote-${i}-error`}
                className={input}
              />
              <FieldError id={`anote-${i}-error`} messages={errors[`assessments.${i}.note`]} />
            </div>
            <div>
              <label htmlFor={`mitigation-${i}`} className="block text-xs text-slate-700">
                {t("tracking.update.mitigation", { challenge: a.name })}
              </label>
              <textarea
                id={`mitigation-${i}`}
                rows={2}
                maxLength={SHORT_TEXT_MAX + 500}
                value={a.mitigation}
                onChange={(e) => setAssessment(i, { mitigation: e.target.value })}
                aria-invalid={Boolean(errors[`assessments.${i}.mitigation`])}
                aria-describedby={`mitigation-${i}-error`}
                className={input}
              />
              <FieldError id={`mitigation-${i}-error`} messages={errors[`assessments.${i}.mitigation`]} />
            </div>
          </div>
        ))}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-60">
          {pending ? t("tracking.update.submitting") : t("tracking.update.submit")}
        </button>
        <FormMessage
          result={result}
          onReload={() => {
            setResult(null);
            router.refresh();
          }}
          testId="status-update-message"
        />
      </div>
    </form>
  );
}
