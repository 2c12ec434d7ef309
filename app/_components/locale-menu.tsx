"use client";

import { useId, useTransition } from "react";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { chooseLocale, saveLocale } from "@/lib/actions/locale";

/**
 * The interface language, for everyone including the sign-in page: kept in a cookie that the
 * server action storing the choice sets, applied by re-rendering the current page (what is typed
 * in its forms stays). Each language is named in itself, and marked with its `lang`, so
 * that it reads right whatever the current language is. Signed in (`account`), the choice is also
 * stored on the account, so that it follows the person to another browser; should that fail (the
 * session ended), this browser keeps the choice anyway. Its label comes as a prop, so that the
 * sign-in page needs no message catalog in the browser.
 */
export function LocaleMenu({ locale, label, account = false }: { locale: Locale; label: string; account?: boolean }) {
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <div className="flex items-center gap-1 text-sm">
      {/* On a phone the select names itself (the languages are in their own names): no room for a label. */}
      <label htmlFor={id} className="sr-only text-slate-600 sm:not-sr-only">
        {label}
      </label>
      <select
        id={id}
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          startTransition(async () => {
            const saved = account ? await saveLocale({ locale: next }) : { ok: false };
            // Not saved on the account (signed out meanwhile): the cookie alone, which re-renders too.
            if (!saved.ok) await chooseLocale({ locale: next });
          });
        }}
        className="rounded-md border border-slate-300 bg-white px-1.5 py-1"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
