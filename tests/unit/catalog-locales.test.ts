// Every translation mirrors the English catalog: the same keys, valid ICU messages with the same
// arguments and select cases, every plural category the language needs, and actual translations.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { EN_MESSAGES, MESSAGES } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
};

type Shape = { args: Set<string>; selects: string[]; plurals: { arg: string; options: string[] }[] };
function shape(message: string): Shape {
  const result: Shape = { args: new Set(), selects: [], plurals: [] };
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

const english = flatten(EN_MESSAGES as Tree);

describe.each(LOCALES.filter((l) => l !== "en"))("the %s catalog", (locale) => {
  const translated = flatten(MESSAGES[locale] as Tree);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it("has exactly the English keys", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("keeps every message's arguments and select cases, and gives each plural every category of the language", () => {
    const problems: string[] = [];
    for (const [key, source] of english) {
      const text = translated.get(key);
      if (text === undefined) continue;
      let got: Shape;
      try {
        got = shape(text);
      } catch (error) {
        problems.push(`${key}: not a valid message (${String(error)})`);
        continue;
      }
      const want = shape(source);
      if ([...want.args].sort().join() !== [...got.args].sort().join()) problems.push(`${key}: arguments ${[...got.args]} instead of ${[...want.args]}`);
      if (want.selects.sort().join() !== got.selects.sort().join()) problems.push(`${key}: select cases ${got.selects} instead of ${want.selects}`);
      for (const plural of got.plurals) {
        const missing = categories.filter((c) => !plural.options.includes(c));
        if (missing.length) problems.push(`${key}: plural {${plural.arg}} lacks ${missing.join(", ")}`);
      }
      const exact = (s: Shape) => s.plurals.flatMap((p) => p.options.filter((o) => o.startsWith("=")).map((o) => `${p.arg}${o}`)).sort().join();
      if (exact(want) !== exact(got)) problems.push(`${key}: exact plural cases ${exact(got)} instead of ${exact(want)}`);
    }
    expect(problems).toEqual([]);
  });

  it("is translated, not copied", () => {
    // Russian: written in Cyrillic; a language in Latin script: at least different from the English.
    const translatedText = locale === "ru" ? (v: string) => /[\u0400-\u04FF]/.test(v) : (v: string, key: string) => v !== english.get(key);
    const done = [...translated].filter(([key, v]) => translatedText(v, key)).length;
    expect(done / translated.size).toBeGreaterThan(0.85);
  });
});

describe("the English catalog", () => {
  it("is made of valid messages", () => {
    for (const [key, text] of english) expect(() => parse(text), key).not.toThrow();
  });
});
