// The shape of an ICU message (its arguments, select cases and plural forms), and what a
// translation must keep of its English source: used by the catalog tests and by the in-app
// translation review, which refuses a correction that would break the message.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

type Tree = { [key: string]: unknown };

/** A nested catalog as "a.b.c" → message. */
export function flattenMessages(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (value && typeof value === "object") for (const [k, v] of flattenMessages(value, path)) out.set(k, v);
  }
  return out;
}

/** A copy of a nested catalog with the messages at the given "a.b.c" keys replaced. */
export function withMessages<T extends object>(tree: T, replacements: ReadonlyMap<string, string>): T {
  if (replacements.size === 0) return tree;
  const copy = structuredClone(tree) as Tree;
  for (const [key, text] of replacements) {
    const parts = key.split(".");
    let node: Tree = copy;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (!next || typeof next !== "object") break;
      node = next as Tree;
    }
    const last = parts[parts.length - 1];
    if (typeof node[last] === "string") node[last] = text;
  }
  return copy as T;
}

export type MessageShape = { args: Set<string>; selects: string[]; plurals: { arg: string; options: string[] }[] };

/** Throws on a message that is not valid ICU. */
export function messageShape(message: string): MessageShape {
  const result: MessageShape = { args: new Set(), selects: [], plurals: [] };
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) {
        walk(el.children);
        continue;
      }
      result.args.add(el.value);
      if (el.type === TYPE.select) {
        result.selects.push(`${el.value}:${Object.keys(el.options).sort().join(",")}`);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.plural) {
        result.plurals.push({ arg: el.value, options: Object.keys(el.options) });
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return result;
}

/** A reason a translation cannot stand, as a catalog key under `translations.problems` and its values. */
export type TranslationProblem = { problem: "invalid" | "english" | "arguments" | "selectCases" | "pluralForms" | "exactCases"; values: Record<string, string> };

// The names that stay as they are in every language.
const BRANDS = /\b(Accord|CSV|XLSX|Excel|PDF|UTF-8|SOCAR|UTC)\b/g;

/** Whether a message has words beyond its placeholders, digits, punctuation and brand names. */
export const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{[^{}]*\}/g, "").replace(BRANDS, ""));

const list = (items: Iterable<string>) => [...items].sort().map((a) => `{${a}}`).join(", ") || "—";
const exactCases = (s: MessageShape) =>
  s.plurals
    .flatMap((p) => p.options.filter((o) => o.startsWith("=")).map((o) => `${p.arg} ${o}`))
    .sort()
    .join(", ");

/**
 * What a translation breaks of its English source: it must be a valid message, not the English
 * text itself (unless that is only names and placeholders), with exactly the
 * same arguments, the same select cases and exact plural cases, and every plural form the
 * language needs (CLDR, through Intl.PluralRules).
 */
export function translationProblems(source: string, text: string, locale: string): TranslationProblem[] {
  let got: MessageShape;
  try {
    got = messageShape(text);
  } catch (error) {
    return [{ problem: "invalid", values: { detail: (error as Error).message } }];
  }
  // English left behind a translated label: only brand names and placeholders may stay as they are.
  if (text === source && hasWords(text)) return [{ problem: "english", values: {} }];
  const want = messageShape(source);
  const problems: TranslationProblem[] = [];
  if (list(want.args) !== list(got.args)) problems.push({ problem: "arguments", values: { expected: list(want.args), got: list(got.args) } });
  if ([...want.selects].sort().join() !== [...got.selects].sort().join()) {
    problems.push({ problem: "selectCases", values: { expected: want.selects.sort().join("; ") } });
  }
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const plural of got.plurals) {
    const missing = categories.filter((c) => !plural.options.includes(c));
    if (missing.length) problems.push({ problem: "pluralForms", values: { arg: `{${plural.arg}}`, missing: missing.join(", ") } });
  }
  if (exactCases(want) !== exactCases(got)) problems.push({ problem: "exactCases", values: { expected: exactCases(want) || "—" } });
  return problems;
}
