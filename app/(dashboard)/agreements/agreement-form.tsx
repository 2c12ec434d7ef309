"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createAgreementAction, updateAgreementAction } from "@/lib/actions/admin";
import { AREAS, INSTRUMENT_TYPES } from "@/lib/domain/vocabulary";
import { FieldError } from "@/app/_components/field-error";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { LanguageColumns } from "@/app/_components/language-columns";

/** Title and summary in one language. */
export type AgreementText = { title: string; summary: string };

export type AgreementFormValues = {
  reference: string;
  visitId: string;
  /** The language the agreement was written in: its text is the one that must be there. */
  language: Locale;
  /** Every language's title and summary, the original's included. */
  texts: Record<Locale, AgreementText>;
  area: string;
  instrumentType: string;
  signedDate: string;
  targetDate: string;
  leadOrganizationId: string;
  partyOrganizationIds: string[];
  sourceExcerpt: string;
};

/** The action's input: the original's text as title and summary, the other languages as texts. */
function payload({ texts, ...v }: AgreementFormValues) {
  const original = texts[v.language];
  const others = Object.fromEntries(LOCALES.filter((l) => l !== v.language).map((l) => [l, texts[l]]));
  return { ...v, title: original.title, summary: original.summary, texts: others };
}

type Options = { visits: { id: string; title: string }[]; organizations: { id: string; name: string; country: string }[] };

const field = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

/** Create (no `existing`) or edit an agreement's fields, parties and lead. */
export function AgreementForm({ initial, options, existing }: { initial: AgreementFormValues; options: Options; existing?: { id: string; version: number } }) {
  const t = useTranslations();
  const { pending, result, run, reload, errors } = useAction();
  const [v, setValues] = useState(initial);
  const set = (key: Exclude<keyof AgreementFormValues, "texts" | "partyOrganizationIds">) => (e: { target: { value: string } }) =>
    setValues((s) => ({ ...s, [key]: e.target.value }));
  const setText = (locale: Locale, key: keyof AgreementText, value: string) =>
    setValues((s) => ({ ...s, texts: { ...s.texts, [locale]: { ...s.texts[locale], [key]: value } } }));
  const toggleParty = (id: string) =>
    setValues((s) => ({
      ...s,
      partyOrganizationIds: s.partyOrganizationIds.includes(id) ? s.partyOrganizationIds.filter((x) => x !== id) : [...s.partyOrganizationIds, id],
    }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = payload(v);
    run(() => (existing ? updateAgreementAction({ ...input, agreementId: existing.id, version: existing.version }) : createAgreementAction(input)));
  };
  const text = (key: "reference" | "signedDate" | "targetDate", type = "text") => (
    <div>
      <label htmlFor={`agreement-${key}`} className="block text-sm font-medium">{t(`admin.agreement.${key}`)}</label>
      <input id={`agreement-${key}`} type={type} value={v[key]} onChange={set(key)} className={field} aria-invalid={Boolean(errors[key])} aria-describedby={`agreement-${key}-error`} />
      <FieldError id={`agreement-${key}-error`} messages={errors[key]} />
    </div>
  );
  // `always`: a choice that always has a value (the original's language), so no empty option.
  const select = (key: "visitId" | "area" | "instrumentType" | "leadOrganizationId" | "language", choices: { value: string; label: string }[], always = false) => (
    <div>
      <label htmlFor={`agreement-${key}`} className="block text-sm font-medium">{t(`admin.agreement.${key}`)}</label>
      <select id={`agreement-${key}`} value={v[key]} onChange={set(key)} className={field} aria-invalid={Boolean(errors[key])} aria-describedby={`agreement-${key}-error`}>
        {always ? null : <option value="">—</option>}
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
      <FieldError id={`agreement-${key}-error`} messages={errors[key]} />
    </div>
  );
  const orgChoices = options.organizations.map((o) => ({ value: o.id, label: `${o.country} · ${o.name}` }));
  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="agreement-form">
      <div className="grid gap-4 md:grid-cols-2">
        {text("reference")}
        {select("visitId", options.visits.map((x) => ({ value: x.id, label: x.title })))}
        {select("area", AREAS.map((a) => ({ value: a, label: t(`area.${a}`) })))}
        {select("instrumentType", INSTRUMENT_TYPES.map((a) => ({ value: a, label: t(`instrument.${a}`) })))}
        {text("signedDate", "date")}
        {text("targetDate", "date")}
        {select("leadOrganizationId", orgChoices)}
        {select("language", LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })), true)}
      </div>
      <fieldset data-testid="agreement-languages">
        <legend className="text-sm font-medium">{t("admin.agreement.languagesLegend")}</legend>
        <p className="text-xs text-slate-600">{t("admin.agreement.languagesHelp")}</p>
        <LanguageColumns
          idPrefix="agreement"
          fields={[
            { key: "title", label: t("admin.agreement.title") },
            { key: "summary", label: t("admin.agreement.summary"), rows: 4 },
          ]}
          language={v.language}
          texts={v.texts}
          onChange={setText}
          errors={errors}
        />
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t("admin.agreement.parties")}</legend>
        <p className="text-xs text-slate-600">{t("admin.agreement.partiesHelp")}</p>
        <div className="mt-2 grid gap-1 md:grid-cols-2" aria-describedby="agreement-partyOrganizationIds-error">
          {options.organizations.map((o) => (
            <label key={o.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" checked={v.partyOrganizationIds.includes(o.id) || v.leadOrganizationId === o.id} disabled={v.leadOrganizationId === o.id} onChange={() => toggleParty(o.id)} />
              <span><span className="font-semibold">{o.country}</span> {o.name}</span>
            </label>
          ))}
        </div>
        <FieldError id="agreement-partyOrganizationIds-error" messages={errors.partyOrganizationIds} />
      </fieldset>
      {(["sourceExcerpt"] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`agreement-${key}`} className="block text-sm font-medium">{t(`admin.agreement.${key}`)}</label>
          <textarea id={`agreement-${key}`} rows={4} value={v[key]} onChange={set(key)} className={field} aria-invalid={Boolean(errors[key])} aria-describedby={`agreement-${key}-error`} />
          <FieldError id={`agreement-${key}-error`} messages={errors[key]} />
        </div>
      ))}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {existing ? t("admin.save") : t("admin.agreement.createButton")}
        </button>
        <FormMessage result={result} onReload={reload} testId="agreement-form-message" />
      </div>
    </form>
  );
}
