import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "./authed-action";

/**
 * An action's outcome with its words: `text` for its message, and its field errors as texts, in
 * the caller's language. The keys stay (`message`) for what the form decides by them (offering a
 * reload). Put in words here, on the server, so that a page's browser catalog need not hold every
 * message any action might answer with (lib/i18n/client-messages.ts).
 */
export async function withTexts<R extends ActionResult>(result: R): Promise<R> {
  if (!result.message && !result.fieldErrors) return result;
  const t = await getTranslations();
  const say = (key: string, values?: Record<string, string>) => (t.has(key) ? t(key, values ?? {}) : key);
  return {
    ...result,
    ...(result.message ? { text: say(result.message, result.values) } : {}),
    ...(result.fieldErrors
      ? { fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([field, keys]) => [field, keys.map((key) => say(key))])) }
      : {}),
  };
}
