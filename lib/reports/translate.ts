import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Translate } from "./pdf/pdf-document";

/** The catalog's `t` for documents built outside React (PDFs, sheet names), any namespace. */
export async function reportTranslator(): Promise<Translate> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key, values), { locale });
}
