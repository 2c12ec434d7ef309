import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_ORGANIZATION_NAMES } from "../../prisma/seed-organization-names";
import {
  AGREEMENT_STATUSES,
  AREA_CODES,
  AREAS,
  COUNTRIES,
  INSTRUMENT_TYPES,
  ORGANIZATION_KINDS,
  SEED_CHALLENGE_KEYS,
  SEVERITIES,
} from "../../lib/domain/vocabulary";
import {
  DEMO_NOTE_PREFIX,
  SEED_AGREEMENTS,
  SEED_CHALLENGES,
  SEED_ORGANIZATIONS,
  SEED_VISIT,
} from "../../prisma/seed-data";

// The source article ships with the seed (prisma/source/), so every excerpt can be checked
// against it on any machine.
const ARTICLE = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/source/visit-article.txt"), "utf8");

const normalize = (s: string): string => s.replace(/\s+/g, " ").trim();
const NORMALIZED_ARTICLE = normalize(ARTICLE);

const REFERENCE_RE = /^AZ-KZ-2025-(ENE|TRN|DIG|CUL|EDU|YTH)-\d{2}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function isValidDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  // Round-trip rejects impossible dates such as 2026-02-30.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Every string in a value, with its path, skipping the keys given. */
function strings(value: unknown, skipKeys: ReadonlySet<string>, at = ""): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, skipKeys, `${at}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      skipKeys.has(k) ? [] : strings(v, skipKeys, at ? `${at}.${k}` : k),
    );
  }
  return [];
}

const orgByKey = new Map(SEED_ORGANIZATIONS.map((o) => [o.key, o]));

describe("seed data: the source article", () => {
  it("is readable and is the expected article", () => {
    expect(NORMALIZED_ARTICLE).toContain("Ilham Aliyev");
    expect(NORMALIZED_ARTICLE).toContain("ports of Baku and Aktau");
  });
});

describe("seed data: visit", () => {
  it("describes the official visit to Kazakhstan with valid dates", () => {
    expect(SEED_VISIT.hostCountry).toBe("KZ");
    expect(SEED_VISIT.guestCountry).toBe("AZ");
    expect(SEED_VISIT.place).toBe("Astana");
    expect(isValidDate(SEED_VISIT.startDate)).toBe(true);
    expect(isValidDate(SEED_VISIT.endDate)).toBe(true);
    expect(SEED_VISIT.startDate <= SEED_VISIT.endDate).toBe(true);
    expect(SEED_VISIT.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("seed data: organizations", () => {
  it("have unique keys and names and vocabulary values", () => {
    expect(new Set(SEED_ORGANIZATIONS.map((o) => o.key)).size).toBe(SEED_ORGANIZATIONS.length);
    expect(new Set(SEED_ORGANIZATIONS.map((o) => o.name)).size).toBe(SEED_ORGANIZATIONS.length);
    for (const o of SEED_ORGANIZATIONS) {
      expect(COUNTRIES, o.key).toContain(o.country);
      expect(ORGANIZATION_KINDS, o.key).toContain(o.kind);
      expect(o.name.trim(), o.key).not.toBe("");
    }
  });

  it("include the required organizations", () => {
    expect(orgByKey.get("socar")).toMatchObject({ country: "AZ", kind: "state_company" });
    expect(orgByKey.get("samruk-kazyna")).toMatchObject({ country: "KZ", kind: "fund" });
    expect(orgByKey.get("kz-digital")).toMatchObject({ country: "KZ", kind: "ministry" });
    expect(orgByKey.get("az-digital")?.country).toBe("AZ");
  });

  it("have their names in Russian, Azerbaijani and Kazakh, each in its script, no English left behind", () => {
    expect(Object.keys(SEED_ORGANIZATION_NAMES).sort()).toEqual(SEED_ORGANIZATIONS.map((o) => o.key).sort());
    for (const o of SEED_ORGANIZATIONS) {
      const names = SEED_ORGANIZATION_NAMES[o.key]!;
      for (const text of Object.values(names)) {
        expect(text.name.trim(), o.key).not.toBe("");
        expect(text.shortName.trim(), o.key).not.toBe("");
        expect(text.name, o.key).not.toBe(o.name);
      }
      // Azerbaijani in Latin script with its own letters; Kazakh and Russian in Cyrillic.
      expect(names.az.name, o.key).not.toMatch(/[\u0400-\u04FF]/);
      if (o.country === "AZ") expect(names.az.name, o.key).toMatch(/[əğıöşüçİ]/);
      expect(names.kk.name, o.key).toMatch(/[\u0400-\u04FF]/);
      expect(names.ru.name, o.key).toMatch(/[\u0400-\u04FF]/);
      // A Kazakh name that is only Russian would have none of Kazakh's own letters.
      expect(names.kk.name, o.key).toMatch(/[әғқңөұүһі]/i);
      expect(names.kk.name, o.key).not.toBe(names.ru.name);
    }
  });
});

describe("seed data: challenges", () => {
  it("contain every seed challenge key exactly once", () => {
    const keys = SEED_CHALLENGES.map((c) => c.key);
    expect([...keys].sort()).toEqual([...SEED_CHALLENGE_KEYS].sort());
    expect(new Set(SEED_CHALLENGES.map((c) => c.name)).size).toBe(SEED_CHALLENGES.length);
    for (const c of SEED_CHALLENGES) expect(c.description.trim(), c.key).not.toBe("");
  });
});

describe("seed data: agreements", () => {
  it("cover every area", () => {
    for (const area of AREAS) {
      expect(SEED_AGREEMENTS.some((a) => a.area === area), area).toBe(true);
    }
  });

  it("have unique references in the AZ-KZ-2025-<AREA>-NN format, matching the area", () => {
    const refs = SEED_AGREEMENTS.map((a) => a.reference);
    expect(new Set(refs).size).toBe(refs.length);
    for (const a of SEED_AGREEMENTS) {
      expect(a.reference).toMatch(REFERENCE_RE);
      expect(a.reference.split("-")[3], a.reference).toBe(AREA_CODES[a.area]);
    }
  });

  it("are numbered per area from 01 without gaps", () => {
    for (const area of AREAS) {
      const numbers = SEED_AGREEMENTS.filter((a) => a.area === area)
        .map((a) => Number(a.reference.slice(-2)))
        .sort((x, y) => x - y);
      expect(numbers, area).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it("have unique titles (the Middle Corridor is one route, not two)", () => {
    expect(new Set(SEED_AGREEMENTS.map((a) => a.title)).size).toBe(SEED_AGREEMENTS.length);
    const corridor = SEED_AGREEMENTS.filter((a) => /middle corridor|central corridor/i.test(a.title));
    expect(corridor).toHaveLength(1);
  });

  it("quote their source excerpt verbatim from the article", () => {
    for (const a of SEED_AGREEMENTS) {
      expect(a.sourceExcerpt.trim(), a.reference).not.toBe("");
      expect(NORMALIZED_ARTICLE.includes(normalize(a.sourceExcerpt)), a.reference).toBe(true);
    }
  });

  it("use vocabulary values", () => {
    for (const a of SEED_AGREEMENTS) {
      expect(AREAS, a.reference).toContain(a.area);
      expect(INSTRUMENT_TYPES, a.reference).toContain(a.instrumentType);
      expect(AGREEMENT_STATUSES, a.reference).toContain(a.initial.status);
    }
  });

  it("reference existing organizations, the lead is a party, and both sides take part", () => {
    for (const a of SEED_AGREEMENTS) {
      expect(orgByKey.has(a.leadOrganization), `${a.reference} lead ${a.leadOrganization}`).toBe(true);
      for (const p of a.parties) expect(orgByKey.has(p), `${a.reference} party ${p}`).toBe(true);
      expect(new Set(a.parties).size, a.reference).toBe(a.parties.length);
      expect(a.parties, a.reference).toContain(a.leadOrganization);
      const countries = a.parties.map((p) => orgByKey.get(p)?.country);
      expect(countries, a.reference).toContain("AZ");
      expect(countries, a.reference).toContain("KZ");
    }
  });

  it("have valid dates", () => {
    for (const a of SEED_AGREEMENTS) {
      expect(isValidDate(a.signedDate), `${a.reference} signedDate`).toBe(true);
      expect(isValidDate(a.targetDate), `${a.reference} targetDate`).toBe(true);
      expect(a.signedDate >= SEED_VISIT.startDate && a.signedDate <= SEED_VISIT.endDate, a.reference).toBe(
        true,
      );
      expect(a.targetDate > a.signedDate, a.reference).toBe(true);
      for (const m of a.milestones) {
        expect(isValidDate(m.dueDate), `${a.reference} ${m.title}`).toBe(true);
        if (m.doneDate !== undefined) {
          expect(isValidDate(m.doneDate), `${a.reference} ${m.title}`).toBe(true);
          expect(m.doneDate >= a.signedDate, `${a.reference} ${m.title}`).toBe(true);
        }
        expect(m.dueDate > a.signedDate, `${a.reference} ${m.title}`).toBe(true);
      }
    }
  });

  it("have a demo initial state: progress 0..100, demo-prefixed note, every challenge assessed", () => {
    expect(DEMO_NOTE_PREFIX.trim()).not.toBe("");
    for (const a of SEED_AGREEMENTS) {
      const { progress, note, assessments, status } = a.initial;
      expect(Number.isInteger(progress), a.reference).toBe(true);
      expect(progress, a.reference).toBeGreaterThanOrEqual(0);
      expect(progress, a.reference).toBeLessThanOrEqual(100);
      if (status === "not_started") expect(progress, a.reference).toBe(0);
      expect(note.startsWith(DEMO_NOTE_PREFIX), a.reference).toBe(true);
      expect(Object.keys(assessments).sort(), a.reference).toEqual([...SEED_CHALLENGE_KEYS].sort());
      for (const key of SEED_CHALLENGE_KEYS) {
        expect(SEVERITIES, `${a.reference} ${key}`).toContain(assessments[key].severity);
        expect(assessments[key].note.trim(), `${a.reference} ${key}`).not.toBe("");
        expect(assessments[key].mitigation.trim(), `${a.reference} ${key}`).not.toBe("");
      }
    }
  });

  it("have 2-3 milestones each", () => {
    for (const a of SEED_AGREEMENTS) {
      expect(a.milestones.length, a.reference).toBeGreaterThanOrEqual(2);
      expect(a.milestones.length, a.reference).toBeLessThanOrEqual(3);
    }
  });
});

describe("seed data: wording", () => {
  it('says "Afghanistan" nowhere except inside verbatim source excerpts', () => {
    const all = strings(
      { SEED_VISIT, SEED_ORGANIZATIONS, SEED_CHALLENGES, SEED_AGREEMENTS, DEMO_NOTE_PREFIX },
      new Set(["sourceExcerpt"]),
    );
    expect(all.length).toBeGreaterThan(100); // the walk really visits the data
    const offending = all.filter(([, s]) => /afghan/i.test(s)).map(([at]) => at);
    expect(offending).toEqual([]);
  });
});
