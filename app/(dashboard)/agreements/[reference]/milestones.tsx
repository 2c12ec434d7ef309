"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  addMilestoneAction,
  completeMilestoneAction,
  editMilestoneAction,
  reopenMilestoneAction,
} from "@/lib/actions/tracking";
import { useAction } from "@/app/_components/use-action";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { FallbackMarker } from "@/app/_components/fallback-marker";
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { DocumentUpload } from "./document-upload";

/** Where a milestone's evidence files go when it is completed (absent: no file upload offered). */
export type EvidenceUpload = { reference: string; maxMb: number };

/** A milestone's title in each language ("" where it has none), keyed by language. */
export type TitleTexts = Record<Locale, { title: string }>;

export type MilestoneView = {
  id: string;
  /** The title in the reader's language, else the original's, and which it is. */
  title: string;
  shown: { shownIn: Locale; fallback: boolean; needsReview: boolean };
  /** The language the title was written in, and the title in every language (for the edit form). */
  language: Locale;
  texts: TitleTexts;
  dueDate: string;
  doneDate: string | null;
  evidence: string;
  version: number;
  overdue: boolean;
  owner: { id: string; name: string } | null;
};

export type OwnerOption = { id: string; name: string; organization: string };

/** The responsible person: nobody, or an active person of one of the agreement's organizations. */
function OwnerSelect({ id, value, onChange, options, errors }: { id: string; value: string; onChange: (v: string) => void; options: OwnerOption[]; errors?: string[] }) {
  const t = useTranslations("owners");
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium">{t("owner")}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={field} aria-invalid={Boolean(errors)} aria-describedby={`${id}-error`}>
        <option value="">{t("none")}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>{o.name} ({o.organization})</option>
        ))}
      </select>
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

const emptyTexts = (): TitleTexts => Object.fromEntries(LOCALES.map((l) => [l, { title: "" }])) as TitleTexts;
/** The other languages' titles as the action takes them (the original's is `title`). */
const otherTexts = (texts: TitleTexts, language: Locale) =>
  Object.fromEntries(LOCALES.filter((l) => l !== language).map((l) => [l, { title: texts[l].title }]));

/**
 * The title in the language it is written in, and folded beneath it the title in the other three
 * (open when one of them has text or an error). The original keeps the plain id; another
 * language's field is `${id}-kk`, its errors at `texts.kk.title`.
 */
function TitleFields({ id, language, texts, onChange, errors }: { id: string; language: Locale; texts: TitleTexts; onChange: (texts: TitleTexts) => void; errors: Record<string, string[] | undefined> }) {
  const t = useTranslations("tracking.milestone");
  const others = LOCALES.filter((l) => l !== language);
  const set = (locale: Locale, title: string) => onChange({ ...texts, [locale]: { title } });
  const open = others.some((l) => texts[l].title !== "" || errors[`texts.${l}.title`]);
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium">{t("title")} ({LOCALE_NAMES[language]})</label>
      <input id={id} lang={language} value={texts[language].title} onChange={(e) => set(language, e.target.value)} className={field} aria-invalid={Boolean(errors.title)} aria-describedby={`${id}-error`} />
      <FieldError id={`${id}-error`} messages={errors.title} />
      <details className="mt-1 text-xs" open={open || undefined}>
        <summary className="cursor-pointer text-blue-800">{t("otherLanguages")}</summary>
        <div className="mt-1 space-y-1">
          {others.map((l) => (
            <div key={l}>
              <label htmlFor={`${id}-${l}`} className="text-xs">{t("title")} ({LOCALE_NAMES[l]})</label>
              <input id={`${id}-${l}`} lang={l} value={texts[l].title} onChange={(e) => set(l, e.target.value)} className={field} aria-invalid={Boolean(errors[`texts.${l}.title`])} aria-describedby={`${id}-${l}-error`} />
              <FieldError id={`${id}-${l}-error`} messages={errors[`texts.${l}.title`]} />
            </div>
          ))}
        </div>
      </details>
    </div>
  );
}

/** The interface's language (one of Accord's four). */
function useReader(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

const field = "mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";
const button = "rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-50";
const today = () => new Date().toISOString().slice(0, 10);

export function Milestones({ agreementId, milestones, canEdit, owners, upload }: { agreementId: string; milestones: MilestoneView[]; canEdit: boolean; owners: OwnerOption[]; upload?: EvidenceUpload }) {
  const t = useTranslations();
  return (
    <div className="mt-3 space-y-4">
      {milestones.length === 0 ? <p className="text-sm text-slate-600">{t("agreement.noMilestones")}</p> : null}
      <ul className="divide-y divide-slate-100 text-sm">
        {milestones.map((m) => (
          <MilestoneRow key={`${m.id}-${m.version}`} agreementId={agreementId} milestone={m} canEdit={canEdit} owners={owners} upload={upload} />
        ))}
      </ul>
      {canEdit ? <AddMilestone agreementId={agreementId} owners={owners} /> : null}
    </div>
  );
}

function MilestoneRow({ agreementId, milestone: m, canEdit, owners, upload }: { agreementId: string; milestone: MilestoneView; canEdit: boolean; owners: OwnerOption[]; upload?: EvidenceUpload }) {
  const t = useTranslations();
  const reader = useReader();
  const { pending, result, run, reload } = useAction();
  const [mode, setMode] = useState<"view" | "edit" | "complete">("view");
  const [texts, setTexts] = useState(m.texts);
  const [dueDate, setDueDate] = useState(m.dueDate);
  const [ownerId, setOwnerId] = useState(m.owner?.id ?? "");
  const [doneDate, setDoneDate] = useState(today());
  const [evidence, setEvidence] = useState("");
  const errors = result?.fieldErrors ?? {};
  const ids = { agreementId, milestoneId: m.id, version: m.version };

  const submitEdit = (e: FormEvent) => {
    e.preventDefault();
    run(() => editMilestoneAction({ ...ids, title: texts[m.language].title, texts: otherTexts(texts, m.language), dueDate, ownerId }), () => setMode("view"));
  };
  const submitComplete = (e: FormEvent) => {
    e.preventDefault();
    run(() => completeMilestoneAction({ ...ids, doneDate, evidence }), () => setMode("view"));
  };

  return (
    <li id={`milestone-${m.id}`} className="scroll-mt-4 py-2" data-milestone={m.id} data-done={m.doneDate ? "true" : "false"}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className={m.doneDate ? "text-slate-500 line-through" : "font-medium"} lang={m.shown.shownIn}>{m.title}</p>
          <FallbackMarker shown={m.shown} wanted={reader} testId="milestone-title-language" />
          {m.owner ? (
            <p className="text-xs text-slate-700" data-testid="milestone-owner">
              {t("owners.ownerOf", { name: m.owner.name })}
            </p>
          ) : null}
          {m.evidence ? (
            <p className="text-xs text-slate-600">
              {t("agreement.evidence")}: {m.evidence}
            </p>
          ) : null}
        </div>
        <div className="text-right text-xs whitespace-nowrap">
          <p>
            {t("agreement.due")} {m.dueDate}
          </p>
          {m.doneDate ? (
            <p className="text-emerald-800">
              ✓ {t("agreement.done")} {m.doneDate}
            </p>
          ) : m.overdue ? (
            <p className="font-semibold text-red-800" data-overdue="true">
              ⚠ {t("agreement.overdue")}
            </p>
          ) : null}
          {canEdit && mode === "view" ? (
            <div className="mt-1 flex justify-end gap-1">
              <button type="button" className={button} onClick={() => setMode("edit")}>
                {t("tracking.milestone.edit")}
              </button>
              {m.doneDate ? (
                <button type="button" className={button} disabled={pending} onClick={() => run(() => reopenMilestoneAction(ids))}>
                  {t("tracking.milestone.reopen")}
                </button>
              ) : (
                <button type="button" className={button} onClick={() => setMode("complete")}>
                  {t("tracking.milestone.complete")}
                </button>
              )}
            </div>
          ) : null}
        </div>
      </div>
      {mode === "edit" ? (
        <form onSubmit={submitEdit} noValidate className="mt-2 grid gap-2 sm:grid-cols-[1fr_10rem_14rem_auto]">
          <TitleFields id={`mt-${m.id}`} language={m.language} texts={texts} onChange={setTexts} errors={errors} />
          <div>
            <label htmlFor={`md-${m.id}`} className="text-xs">{t("tracking.milestone.dueDate")}</label>
            <input id={`md-${m.id}`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} className={field} aria-invalid={Boolean(errors.dueDate)} aria-describedby={`md-${m.id}-error`} />
            <FieldError id={`md-${m.id}-error`} messages={errors.dueDate} />
          </div>
          <OwnerSelect id={`mo-${m.id}`} value={ownerId} onChange={setOwnerId} options={owners} errors={errors.ownerId} />
          <div className="flex items-end gap-1 pb-6">
            <button type="submit" className={button} disabled={pending}>{t("tracking.milestone.save")}</button>
            <button type="button" className={button} onClick={() => setMode("view")}>{t("tracking.milestone.cancel")}</button>
          </div>
        </form>
      ) : null}
      {mode === "complete" ? (
        <form onSubmit={submitComplete} noValidate className="mt-2 grid gap-2 sm:grid-cols-[10rem_1fr_auto]">
          <div>
            <label htmlFor={`dd-${m.id}`} className="text-xs">{t("tracking.milestone.doneDate")}</label>
            <input id={`dd-${m.id}`} type="date" value={doneDate} onChange={(e) => setDoneDate(e.target.value)} className={field} aria-invalid={Boolean(errors.doneDate)} aria-describedby={`dd-${m.id}-error`} />
            <FieldError id={`dd-${m.id}-error`} messages={errors.doneDate} />
          </div>
          <div>
            <label htmlFor={`ev-${m.id}`} className="text-xs">{t("tracking.milestone.evidence")}</label>
            <input id={`ev-${m.id}`} value={evidence} onChange={(e) => setEvidence(e.target.value)} className={field} aria-invalid={Boolean(errors.evidence)} aria-describedby={`ev-${m.id}-help ev-${m.id}-error`} />
            <p id={`ev-${m.id}-help`} className="text-xs text-slate-500">{t("tracking.milestone.evidenceHelp")}</p>
            <FieldError id={`ev-${m.id}-error`} messages={errors.evidence} />
          </div>
          <div className="flex items-end gap-1 pb-6">
            <button type="submit" className={button} disabled={pending}>{t("tracking.milestone.complete")}</button>
            <button type="button" className={button} onClick={() => setMode("view")}>{t("tracking.milestone.cancel")}</button>
          </div>
          {upload ? (
            <div className="sm:col-span-3">
              <DocumentUpload reference={upload.reference} maxMb={upload.maxMb} attachOptions={[]} fixedTarget={`milestone:${m.id}`} />
            </div>
          ) : null}
        </form>
      ) : null}
      <FormMessage result={result && !result.ok ? result : null} onReload={reload} />
    </li>
  );
}

function AddMilestone({ agreementId, owners }: { agreementId: string; owners: OwnerOption[] }) {
  const t = useTranslations();
  // A new milestone's title is written in the language the person works in; the others fold beneath.
  const language = useReader();
  const { pending, result, run } = useAction();
  const [texts, setTexts] = useState(emptyTexts);
  const [dueDate, setDueDate] = useState("");
  const [ownerId, setOwnerId] = useState("");
  const errors = result?.fieldErrors ?? {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => addMilestoneAction({ agreementId, title: texts[language].title, language, texts: otherTexts(texts, language), dueDate, ownerId }), () => {
      setTexts(emptyTexts());
      setDueDate("");
      setOwnerId("");
    });
  };
  return (
    <form onSubmit={submit} noValidate className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-[1fr_10rem_14rem_auto]" aria-label={t("tracking.milestone.add")}>
      <TitleFields id="new-milestone-title" language={language} texts={texts} onChange={setTexts} errors={errors} />
      <div>
        <label htmlFor="new-milestone-due" className="text-xs font-medium">{t("tracking.milestone.dueDate")}</label>
        <input id="new-milestone-due" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} className={field} aria-invalid={Boolean(errors.dueDate)} aria-describedby="new-milestone-due-error" />
        <FieldError id="new-milestone-due-error" messages={errors.dueDate} />
      </div>
      <OwnerSelect id="new-milestone-owner" value={ownerId} onChange={setOwnerId} options={owners} errors={errors.ownerId} />
      <div className="flex items-end pb-6">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {pending ? t("tracking.milestone.adding") : t("tracking.milestone.add")}
        </button>
      </div>
      <div className="sm:col-span-4">
        <FormMessage result={result} />
      </div>
    </form>
  );
}
