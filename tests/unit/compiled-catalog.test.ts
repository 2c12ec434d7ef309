import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import format from "icu-minify/format";
import type { CompiledMessage } from "icu-minify/format";
import { MESSAGES } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";
import { flattenMessages } from "@/lib/i18n/message-shape";
import { compileCatalog } from "@/lib/i18n/compiled-catalog";

// The pages format compiled messages (lib/i18n/compiled-catalog.ts); the catalogs are written,
// reviewed and mailed as ICU text. Every message of the four catalogs must read the same both
// ways, for each value its cases distinguish.

type Values = Record<string, string | number | Date | ((chunks: unknown[]) => string)>;

/** Sets of values that walk a message's cases: each plural with 0, 1, 2, 5, 21 and 1234; each select with each case. */
function valueSets(elements: MessageFormatElement[]): Values[] {
  const base: Values = {};
  const variants: [string, (string | number)[]][] = [];
  const simple = new Set<string>();
  const walk = (list: MessageFormatElement[]) => {
    for (const el of list) {
      if (el.type === TYPE.argument) {
        base[el.value] ??= `«${el.value}»`;
        simple.add(el.value);
      }
      else if (el.type === TYPE.number) base[el.value] = 1234.5;
      else if (el.type === TYPE.date || el.type === TYPE.time) base[el.value] = new Date("2026-03-05T10:20:00Z");
      else if (el.type === TYPE.tag) {
        base[el.value] = (chunks: unknown[]) => `<${el.value}>${chunks.join("")}</${el.value}>`;
        walk(el.children);
      } else if (el.type === TYPE.plural) {
        base[el.value] = 1;
        variants.push([el.value, [0, 1, 2, 5, 21, 1234]]);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.select) {
        base[el.value] = "other";
        variants.push([el.value, Object.keys(el.options)]);
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(elements);
  const sets: Values[] = [{ ...base }];
  for (const [name, options] of variants) for (const option of options) sets.push({ ...base, [name]: option });
  // A number given where the message inserts it as it is.
  if (simple.size) sets.push({ ...base, ...Object.fromEntries([...simple].filter((n) => typeof base[n] === "string").map((n) => [n, 1234.5])) });
  return sets;
}

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};
const asText = (result: unknown) => (Array.isArray(result) ? result.join("") : String(result));

describe("compiled messages read as the ICU text does", () => {
  for (const locale of LOCALES) {
    it(`every message of the ${locale} catalog, for every case its values distinguish`, () => {
      const compiled = flattenCompiled(compileCatalog(MESSAGES[locale]));
      const source = flattenMessages(MESSAGES[locale]);
      expect([...compiled.keys()].sort()).toEqual([...source.keys()].sort());
      let checked = 0;
      for (const [key, text] of source) {
        for (const values of valueSets(parse(text))) {
          const expected = asText(new IntlMessageFormat(text, locale).format(values));
          expect(asText(format(compiled.get(key)!, locale, values, { formatters, timeZone: "UTC" })), `${locale} ${key}`).toBe(expected);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(source.size);
    });
  }
});

function flattenCompiled(tree: object, prefix = ""): Map<string, CompiledMessage> {
  const out = new Map<string, CompiledMessage>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string" || Array.isArray(value)) out.set(path, value as CompiledMessage);
    else if (value && typeof value === "object") for (const [k, v] of flattenCompiled(value, path)) out.set(k, v);
  }
  return out;
}
