import "server-only";
import { getTranslations } from "next-intl/server";
import type { Translate } from "./pdf/pdf-document";

/** The catalog's `t` for documents built outside React (PDFs, sheet names), any namespace. */
export async function reportTranslator(): Promise<Translate> {
  const t = await getTranslations();
  return (key, values) => t(key, values);
}
