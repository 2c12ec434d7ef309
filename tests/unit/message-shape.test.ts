import { describe, expect, it } from "vitest";
import { flattenMessages, translationProblems, withMessages } from "@/lib/i18n/message-shape";

describe("translationProblems", () => {
  const source = "{count, plural, one {# agreement} other {# agreements}} at {place}";

  it("accepts a translation with the same placeholders and the language's plural forms", () => {
    expect(translationProblems(source, "{place}: {count, plural, one {# келісім} other {# келісім}}", "kk")).toEqual([]);
    expect(translationProblems(source, "{place}: {count, plural, one {# соглашение} few {# соглашения} many {# соглашений} other {# соглашения}}", "ru")).toEqual([]);
  });

  it("refuses a text that is not a valid message, with the parser's reason", () => {
    const [problem] = translationProblems(source, "{count, plural, one {# келісім}", "kk");
    expect(problem.problem).toBe("invalid");
    expect(problem.values.detail.length).toBeGreaterThan(0);
  });

  it("refuses the English text itself, unless it is only names and placeholders", () => {
    expect(translationProblems("Hello {name}", "Hello {name}", "az")).toEqual([{ problem: "english", values: {} }]);
    expect(translationProblems("Accord", "Accord", "kk")).toEqual([]);
    expect(translationProblems("{count} · PDF", "{count} · PDF", "ru")).toEqual([]);
  });

  it("refuses a lost, added or renamed placeholder, naming both sets", () => {
    expect(translationProblems("Hello {name}", "Сәлем", "kk")).toEqual([{ problem: "arguments", values: { expected: "{name}", got: "—" } }]);
    expect(translationProblems("Hello {name}", "Сәлем {nom}", "kk")).toEqual([{ problem: "arguments", values: { expected: "{name}", got: "{nom}" } }]);
  });

  it("asks for every plural form the language needs (CLDR): Russian needs few and many", () => {
    const problems = translationProblems(source, "{place}: {count, plural, one {# соглашение} other {# соглашения}}", "ru");
    expect(problems).toEqual([{ problem: "pluralForms", values: { arg: "{count}", missing: "few, many" } }]);
  });

  it("keeps select cases and exact plural cases", () => {
    expect(translationProblems("{kind, select, a {A} other {B}}", "{kind, select, other {B}}", "az").map((p) => p.problem)).toEqual(["selectCases"]);
    expect(translationProblems("{n, plural, =0 {none} one {#} other {#}}", "{n, plural, one {#} other {#}}", "az").map((p) => p.problem)).toEqual(["exactCases"]);
  });
});

describe("withMessages", () => {
  it("replaces only existing messages, in a copy", () => {
    const tree = { nav: { home: "Home", list: "List" }, app: { name: "Accord" } };
    const out = withMessages(tree, new Map([["nav.home", "Басты бет"], ["nav.missing", "x"], ["app", "x"]]));
    expect(out).toEqual({ nav: { home: "Басты бет", list: "List" }, app: { name: "Accord" } });
    expect(tree.nav.home).toBe("Home");
    expect(flattenMessages(out).get("nav.home")).toBe("Басты бет");
  });
});
