import { describe, expect, it } from "vitest";
import { clientMessages } from "@/lib/i18n/client-messages";
import { EN_MESSAGES, type Messages } from "@/lib/i18n/catalog";
import { appEntries, covers, layoutsAbove, pageUse, type PageUse } from "./support/client-message-use";

const english: Messages = EN_MESSAGES;

const exists = (key: string) => {
  let node: unknown = english;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node !== undefined;
};

/** What is wrong with one page's list: keys its client components use that nothing sends, and more. */
function findings(entry: string, use: PageUse, layouts: readonly string[]): string[] {
  const out = use.problems.map((p) => `${p.file}:${p.line}: ${p.text}`);
  const above = layouts.flatMap((layout) => pageUse(layout).provides);
  const sent = [...use.provides, ...above];
  for (const u of use.uses) {
    if (!exists(u.key)) out.push(`${u.file}:${u.line}: "${u.key}" is not in the catalog`);
    else if (!sent.some((namespace) => covers(namespace, u.key))) out.push(`${u.file}:${u.line}: "${u.key}" is used but ${entry} does not send it`);
  }
  for (const namespace of use.provides) {
    if (!exists(namespace)) out.push(`${entry}: sends "${namespace}", which is not in the catalog`);
    else if (!use.uses.some((u) => covers(namespace, u.key) || covers(u.key, namespace))) out.push(`${entry}: sends "${namespace}", which no client component of it uses`);
    const wider = use.provides.find((other) => other !== namespace && covers(other, namespace));
    if (wider) out.push(`${entry}: sends "${namespace}" and "${wider}", which holds it`);
  }
  return [...new Set(out)];
}

describe("each page sends the messages its client components use, and only those", () => {
  const entries = appEntries();

  it("finds the pages", () => {
    expect(entries).toContain("app/(dashboard)/agreements/page.tsx");
    expect(entries.length).toBeGreaterThan(25);
  });

  it.each(entries)("%s", (entry) => {
    expect(findings(entry, pageUse(entry), layoutsAbove(entry))).toEqual([]);
  });

  it("reads what the table page's components use, so a namespace left out is found", () => {
    const entry = "app/(dashboard)/agreements/page.tsx";
    const use = pageUse(entry);
    expect(use.clientModules).toContain("app/(dashboard)/agreements/agreement-filters.tsx");
    expect(use.uses.map((u) => u.key)).toEqual(expect.arrayContaining(["filters.search", "status", "views.save", "reports.export.label"]));
    const withoutViews = { ...use, provides: use.provides.filter((namespace) => !namespace.startsWith("views")) };
    expect(findings(entry, withoutViews, layoutsAbove(entry))).toEqual(
      expect.arrayContaining([expect.stringMatching(/saved-views\.tsx:\d+: "views\.save" is used but/)]),
    );
    const withExtra = { ...use, provides: [...use.provides, "webhooks"] };
    expect(findings(entry, withExtra, layoutsAbove(entry))).toEqual([`${entry}: sends "webhooks", which no client component of it uses`]);
  });

  it("pages whose client components use no words send none: the dashboard, the report", () => {
    for (const entry of ["app/(dashboard)/page.tsx", "app/(dashboard)/reports/status/page.tsx", "app/(auth)/login/page.tsx"]) {
      expect(pageUse(entry).uses).toEqual([]);
      expect(pageUse(entry).provides).toEqual([]);
    }
    expect(pageUse("app/(dashboard)/layout.tsx").provides).toEqual([]);
  });
});

describe("clientMessages", () => {
  const catalog = { a: { b: "B", c: { d: "D", e: "E" } }, f: "F", g: { h: "H" } } as unknown as Messages;

  it("picks whole namespaces, sub-namespaces and single keys, and skips what is not there", () => {
    expect(clientMessages(catalog, ["g", "a.c.d", "f", "a.missing"])).toEqual({ g: { h: "H" }, a: { c: { d: "D" } }, f: "F" });
    expect(clientMessages(catalog, [])).toEqual({});
  });

  it("never writes to the catalog it picks from", () => {
    const picked = clientMessages(catalog, ["a", "a.c.d"]);
    expect(picked).toEqual({ a: { b: "B", c: { d: "D", e: "E" } } });
    expect(catalog).toEqual({ a: { b: "B", c: { d: "D", e: "E" } }, f: "F", g: { h: "H" } });
  });
});
