import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { messageTemplate } from "@/lib/i18n/message-template";

const messages = {
  select: "Select {reference}",
  by: "by {name}",
  around: "«{name}» changed it",
  kind: "{kind, select, bank {A bank} other {Something: {kind}}}",
  twice: "{name} and {name}",
  quoted: "'{name}' is {name}",
};
const t = createTranslator({ locale: "en", messages });
type Key = keyof typeof messages;

describe("messageTemplate", () => {
  it("gives what the translator gives, for every message and value", () => {
    const cases: [Key, string][] = [["select", "reference"], ["by", "name"], ["around", "name"], ["kind", "kind"], ["twice", "name"], ["quoted", "name"]];
    for (const [key, argument] of cases) {
      const fill = messageTemplate(t, key, argument);
      for (const value of ["AZ-KZ-2025-ENE-01", "bank", "Ілхам Әлиев", "", 'a < b & "c"']) {
        expect(fill(value), `${key} with ${value}`).toBe(t(key, { [argument]: value }));
      }
    }
  });

  it("formats a plain message once, then only concatenates", () => {
    let calls = 0;
    const counting = Object.assign((key: Key, values: Record<string, string>) => (calls++, t(key, values)), { raw: t.raw });
    const fill = messageTemplate(counting, "select", "reference");
    expect([fill("A"), fill("B"), fill("C")]).toEqual(["Select A", "Select B", "Select C"]);
    expect(calls).toBe(1);
  });

  it("formats at every use a message that does more than insert the argument", () => {
    let calls = 0;
    const counting = Object.assign((key: Key, values: Record<string, string>) => (calls++, t(key, values)), { raw: t.raw });
    const fill = messageTemplate(counting, "kind", "kind");
    expect([fill("bank"), fill("fund")]).toEqual(["A bank", "Something: fund"]);
    expect(calls).toBe(2);
  });
});
