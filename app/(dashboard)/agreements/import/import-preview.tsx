"use client";

import { useTranslations } from "next-intl";
import type { ImportPreview } from "@/lib/actions/import";
import type { FieldChange } from "@/lib/domain/import-diff";

const th = "px-2 py-1 text-left font-semibold";
const td = "px-2 py-1 align-top";
const LABELLED: Partial<Record<FieldChange["field"], string>> = { area: "area", status: "status", instrument_type: "instrument" };

/** The preview: file problems, or what would be created, changed (old → new) and rejected. */
export function ImportPreviewView({ preview, pending, onConfirm }: { preview: ImportPreview; pending: boolean; onConfirm: () => void }) {
  const t = useTranslations();
  // client-messages: import
  const say = (key: string, values?: Record<string, string | number>) => (t.has(key) ? t(key, values) : key);
  const label = (field: FieldChange["field"], value: string) => {
    const group = LABELLED[field];
    // client-messages: area status instrument
    return group && value && t.has(`${group}.${value}`) ? t(`${group}.${value}`) : value;
  };

  if (preview.problems.length || !preview.plan) {
    return (
      <section aria-labelledby="problems-heading" className="rounded-lg border border-red-200 bg-white p-5" data-testid="import-problems">
        <h2 id="problems-heading" className="text-lg font-semibold text-red-800">
          {t("import.fileProblems", { file: preview.fileName })}
        </h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {preview.problems.map((p, i) => (
            <li key={i}>{say(p.key, p.values)}</li>
          ))}
        </ul>
        <p className="mt-2 text-sm">{t("import.nothingWritten")}</p>
      </section>
    );
  }

  const { plan } = preview;
  return (
    <section aria-labelledby="preview-heading" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5" data-testid="import-preview">
      <div>
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t("import.previewHeading", { file: preview.fileName })}
        </h2>
        <p className="mt-1 text-sm" data-testid="import-summary">
          {t("import.summary", { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged, rejected: plan.rejected.length })}
        </p>
      </div>

      {plan.rejected.length ? (
        <div>
          <h3 className="font-semibold text-red-800">{t("import.rejectedHeading")}</h3>
          <p className="text-sm">{t("import.blocked")}</p>
          <table className="mt-2 w-full text-sm" data-testid="import-rejected">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className={th}>{t("import.columns.row")}</th>
                <th scope="col" className={th}>{t("import.columns.reference")}</th>
                <th scope="col" className={th}>{t("import.columns.reason")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {plan.rejected.map((r, i) => (
                <tr key={`${r.row}-${i}`} data-row={r.row}>
                  <td className={`${td} tabular-nums`}>{r.row}</td>
                  <td className={`${td} font-mono`}>{r.reference ?? ""}</td>
                  <td className={td}>{r.problems.map((p) => say(p.key, p.values)).join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {plan.creates.length ? (
        <div>
          <h3 className="font-semibold">{t("import.createdHeading")}</h3>
          <ul className="mt-1 space-y-1 text-sm" data-testid="import-creates">
            {plan.creates.map((c) => (
              <li key={c.reference} data-reference={c.reference}>
                <span className="font-mono">{c.reference}</span> · {c.values.title} · {label("status", c.values.status)} · {c.values.progress}%
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {plan.updates.length ? (
        <div>
          <h3 className="font-semibold">{t("import.changedHeading")}</h3>
          <table className="mt-2 w-full text-sm" data-testid="import-updates">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className={th}>{t("import.columns.reference")}</th>
                <th scope="col" className={th}>{t("import.columns.field")}</th>
                <th scope="col" className={th}>{t("import.columns.before")}</th>
                <th scope="col" className={th}>{t("import.columns.after")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {plan.updates.flatMap((u) =>
                u.changes.map((c, i) => (
                  <tr key={`${u.reference}-${c.field}`} data-reference={u.reference} data-field={c.field}>
                    <td className={`${td} font-mono`}>{i === 0 ? u.reference : ""}</td>
                    <td className={`${td} font-mono text-xs`}>{c.field}</td>
                    <td className={`${td} text-slate-600`}>{label(c.field, c.before)}</td>
                    <td className={td}>{label(c.field, c.after)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <button
          type="button"
          onClick={onConfirm}
          disabled={!preview.canConfirm || pending}
          aria-describedby="confirm-help"
          className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-900 disabled:opacity-50"
        >
          {pending ? t("import.working") : t("import.confirm", { count: plan.creates.length + plan.updates.length })}
        </button>
        <p id="confirm-help" className="text-sm text-slate-700">
          {preview.canConfirm ? t("import.confirmHelp") : plan.rejected.length ? t("import.blocked") : t("import.nothingToDo")}
        </p>
      </div>
    </section>
  );
}
