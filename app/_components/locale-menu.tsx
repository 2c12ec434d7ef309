"use client";

import { useId, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { saveLocale } from "@/lib/actions/locale";

/**
 * The interface language, for everyone including the sign-in page: kept in a cookie, applied by
 * re-rendering the current page (what is typed in its forms stays). Each language is named in
 * itself, and marked with its `lang`, so that it reads right whatever the current language is.
 * Signed in (`account`), the choice is also stored on the account, so that it follows the person
 * to another browser; should that fail (the session ended), this browser keeps the choice anyway.
 */
export function LocaleMenu({ account = false }: { account?: boolean }) {
  const t = useTranslations("locale");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <div className="flex items-center gap-1 text-sm">
      {/* On a phone the select names itself (the languages are in their own names): no room for a label. */}
      <label htmlFor={id} className="sr-only text-slate-600 sm:not-sr-only">
        {t("label")}
      </label>
      <select
        id={id}
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_S}; samesite=lax`;
          startTransition(async () => {
            if (account) await saveLocale({ locale: next });
            router.refresh();
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
