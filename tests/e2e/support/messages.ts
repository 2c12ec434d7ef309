// The catalogs as the app has them, for expected texts (read from the files: Playwright's loader
// does not take lib/i18n/catalog.ts's JSON imports).
import fs from "node:fs";
import path from "node:path";
import type { Messages } from "../../../lib/i18n/catalog";
import type { Locale } from "../../../lib/i18n/locales";

function load(locale: Locale): Messages {
  const dir = path.resolve(import.meta.dirname, "../../../messages", locale);
  // "_review.json" lists keys to review, it is not part of the catalog.
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.startsWith("_")).sort();
  return Object.assign({}, ...files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")))) as Messages;
}

export const MESSAGES: Record<Locale, Messages> = { az: load("az"), kk: load("kk"), ru: load("ru"), en: load("en") };
