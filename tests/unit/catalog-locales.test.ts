// Every translation mirrors the English catalog: the same keys, valid ICU messages with the same
// arguments and select cases, every plural category the language needs, and actual translations;
// what a translator was unsure of is listed per language in messages/<locale>/_review.json.
import { parse } from "@formatjs/icu-messageformat-parser";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EN_MESSAGES, MESSAGES } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";
import { flattenMessages as flatten, hasWords, translationProblems } from "@/lib/i18n/message-shape";

type Tree = object;

const english = flatten(EN_MESSAGES as Tree);

describe.each(LOCALES.filter((l) => l !== "en"))("the %s catalog", (locale) => {
  const translated = flatten(MESSAGES[locale] as Tree);

  it("has exactly the English keys", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("keeps every message's arguments and select cases, and gives each plural every category of the language", () => {
    const problems: string[] = [];
    for (const [key, source] of english) {
      const text = translated.get(key);
      if (text === undefined) continue;
      for (const p of translationProblems(source, text, locale)) problems.push(`${key}: ${p.problem} ${JSON.stringify(p.values)}`);
    }
    expect(problems).toEqual([]);
  });

  it("is translated, not copied", () => {
    // Cyrillic for Russian and Kazakh; for Azerbaijani (Latin script) at least different from the English.
    const cyrillic = locale === "ru" || locale === "kk";
    const translatedText = cyrillic ? (v: string) => /[\u0400-\u04FF]/.test(v) : (v: string, key: string) => v !== english.get(key);
    const done = [...translated].filter(([key, v]) => translatedText(v, key)).length;
    expect(done / translated.size).toBeGreaterThan(0.85);
  });

  it("leaves no English behind: a message equal to the English one has no words but brand names", () => {
    const copied = [...translated].filter(([key, v]) => v === english.get(key) && !wordless(v)).map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it("lists only existing keys in its _review.json, each with a reason", () => {
    const review = REVIEW[locale];
    if (!review) return;
    for (const [key, reason] of Object.entries(review)) {
      expect(translated.has(key), `${key} is listed for review but is no message`).toBe(true);
      expect(typeof reason === "string" && reason.trim().length > 0, `${key} needs a reason`).toBe(true);
    }
  });
});

// Placeholders, digits, punctuation and the names that stay as they are in every language.
const wordless = (text: string) => !hasWords(text);

// Keys a translator was unsure of, per language (a later in-app review page lists them).
const REVIEW: Partial<Record<string, Record<string, unknown>>> = Object.fromEntries(
  LOCALES.map((locale) => {
    const file = path.join(process.cwd(), "messages", locale, "_review.json");
    return [locale, fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : undefined];
  }),
);

describe("the Kazakh catalog", () => {
  it("is Kazakh, not Russian: few messages equal the Russian ones, and the Kazakh letters are used", () => {
    const kk = flatten(MESSAGES.kk as Tree);
    const ru = flatten(MESSAGES.ru as Tree);
    const same = [...kk].filter(([key, v]) => ru.get(key) === v && !wordless(v)).length;
    expect(same / kk.size).toBeLessThan(0.02);
    const kazakhLetters = [...kk.values()].filter((v) => /[әғқңөұүһі]/i.test(v)).length;
    expect(kazakhLetters / kk.size).toBeGreaterThan(0.5);
  });
});

describe("the Azerbaijani catalog", () => {
  it("is written in the Azerbaijani Latin alphabet", () => {
    const az = [...flatten(MESSAGES.az as Tree).values()];
    expect(az.filter((v) => /[\u0400-\u04FF]/.test(v))).toEqual([]);
    expect(az.filter((v) => /[əğıöşüçİ]/.test(v)).length / az.length).toBeGreaterThan(0.5);
  });
});

describe("the English catalog", () => {
  it("is made of valid messages", () => {
    for (const [key, text] of english) expect(() => parse(text), key).not.toThrow();
  });
});
