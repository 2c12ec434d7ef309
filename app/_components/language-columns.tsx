"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/app/_components/field-error";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

/**
 * A text's fields in the four languages side by side, one column each, the original's marked. The
 * original's fields carry the plain ids (`${idPrefix}-title`) and the errors of the plain fields;
 * another language's `${idPrefix}-title-kk` and the errors at `texts.kk.title`. Each field is
 * labelled with its language ("Title (Қазақша)") and typed in it (lang).
 */
export function LanguageColumns<F extends string>({
  idPrefix,
  fields,
  language,
  texts,
  onChange,
  errors,
}: {
  idPrefix: string;
  fields: readonly { key: F; label: string; rows?: number }[];
  language: Locale;
  texts: Record<Locale, Record<F, string>>;
  onChange: (locale: Locale, key: F, value: string) => void;
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("content");
  return (
    <div className="mt-2 grid gap-4 md:grid-cols-2 xl:grid-cols-4">
      {LOCALES.map((locale) => {
        const original = locale === language;
        const id = (key: F) => (original ? `${idPrefix}-${key}` : `${idPrefix}-${key}-${locale}`);
        const errorsOf = (key: F) => (original ? errors[key] : errors[`texts.${locale}.${key}`]);
        return (
          <div key={locale} className="space-y-2 rounded-md border border-slate-200 p-3" data-language={locale}>
            <p className="text-sm font-semibold" lang={locale}>
              {LOCALE_NAMES[locale]}
              {original ? <span className="ml-2 rounded bg-blue-100 px-1.5 text-xs font-normal text-blue-900">{t("original")}</span> : null}
            </p>
            {fields.map(({ key, label, rows }) => {
              const common = {
                id: id(key),
                lang: locale,
                value: texts[locale][key],
                className: input,
                "aria-invalid": Boolean(errorsOf(key)),
                "aria-describedby": `${id(key)}-error`,
              };
              return (
                <div key={key}>
                  <label htmlFor={id(key)} className="block text-sm font-medium">
                    {label} ({LOCALE_NAMES[locale]})
                  </label>
                  {rows ? (
                    <textarea {...common} rows={rows} onChange={(e) => onChange(locale, key, e.target.value)} />
                  ) : (
                    <input {...common} onChange={(e) => onChange(locale, key, e.target.value)} />
                  )}
                  <FieldError id={`${id(key)}-error`} messages={errorsOf(key)} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
