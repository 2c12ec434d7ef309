import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { fileURLToPath } from "node:url";

/**
 * Which catalog keys each page's client components use, read from the source: the check behind
 * `<ClientMessages namespaces={…}>` (lib/i18n/client-messages.ts), which sends a page only those.
 *
 * From a page or layout file it follows every import (server and client modules alike, as the
 * page's tree may render any of them) and, in modules marked "use client" and what they import,
 * reads each call of a function that `useTranslations(namespace?)` returned:
 * - a string key is used whole (`t("filters.any")`, or `t("any")` under the "filters" namespace);
 * - a template key is used by its fixed start (`t(\`status.${s}\`)` uses "status");
 * - a key only known when the page runs needs its namespaces said beside the call, in a comment
 *   `client-messages: bulk documents` on the line of the call or the one above; under a namespace,
 *   such a key uses the whole namespace;
 * - `t.has(key)` only asks, and uses nothing.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];
const TRANSLATE_METHODS = new Set(["rich", "markup", "raw"]);

export type KeyUse = { key: string; file: string; line: number };
export type Problem = { file: string; line: number; text: string };

type ModuleFacts = {
  client: boolean;
  imports: string[];
  uses: KeyUse[];
  problems: Problem[];
  /** The namespaces of every `<ClientMessages namespaces={[…]}>` in the module. */
  provides: string[];
};

const cache = new Map<string, ModuleFacts>();

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null; // a package
  if (/\.(tsx?|json|css)$/.test(base)) return base.endsWith(".ts") || base.endsWith(".tsx") ? base : null;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

const relative = (file: string) => path.relative(ROOT, file);

function stringValue(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return null;
}

function factsOf(file: string): ModuleFacts {
  const known = cache.get(file);
  if (known) return known;
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = text.split("\n");
  const facts: ModuleFacts = {
    client: source.statements.some((s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use client"),
    imports: [],
    uses: [],
    problems: [],
    provides: [],
  };
  /** Translation functions in scope by name, with their namespace ("" for the whole catalog). */
  const translators = new Map<string, string>();
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line;
  const saidNamespaces = (line: number): string[] | null => {
    for (const l of [line, line - 1]) {
      const said = /client-messages:\s*([\w. ]+)/.exec(lines[l] ?? "");
      if (said) return said[1]!.trim().split(/\s+/);
    }
    return null;
  };

  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!(ts.isImportDeclaration(node) && node.importClause?.isTypeOnly)) {
        const resolved = resolveImport(file, node.moduleSpecifier.text);
        if (resolved) facts.imports.push(resolved);
      }
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const specifier = node.arguments[0] && stringValue(node.arguments[0]);
      const resolved = specifier ? resolveImport(file, specifier) : null;
      if (resolved) facts.imports.push(resolved);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isCallExpression(node.initializer)) {
      const call = node.initializer;
      if (ts.isIdentifier(call.expression) && call.expression.text === "useTranslations") {
        const namespace = call.arguments[0] ? stringValue(call.arguments[0]) : "";
        if (namespace === null) facts.problems.push({ file: relative(file), line: lineOf(node) + 1, text: "useTranslations with a namespace only known when the page runs" });
        else translators.set(node.name.text, namespace);
      }
    }
    if (ts.isCallExpression(node)) readCall(node);
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      if (ts.isIdentifier(node.tagName) && node.tagName.text === "ClientMessages") {
        for (const attribute of node.attributes.properties) {
          if (!ts.isJsxAttribute(attribute) || attribute.name.getText() !== "namespaces") continue;
          const value = attribute.initializer && ts.isJsxExpression(attribute.initializer) ? attribute.initializer.expression : undefined;
          if (value && ts.isArrayLiteralExpression(value) && value.elements.every((e) => stringValue(e) !== null)) {
            facts.provides.push(...value.elements.map((e) => stringValue(e)!));
          } else {
            facts.problems.push({ file: relative(file), line: lineOf(node) + 1, text: "ClientMessages namespaces must be a list of strings written out" });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };

  const readCall = (call: ts.CallExpression) => {
    let name: string | null = null;
    if (ts.isIdentifier(call.expression)) name = call.expression.text;
    else if (ts.isPropertyAccessExpression(call.expression) && ts.isIdentifier(call.expression.expression)) {
      if (call.expression.name.text === "has") return;
      if (TRANSLATE_METHODS.has(call.expression.name.text)) name = call.expression.expression.text;
    }
    if (name === null || !translators.has(name)) return;
    const namespace = translators.get(name)!;
    const within = (key: string) => (namespace ? `${namespace}.${key}` : key);
    const line = lineOf(call);
    const argument = call.arguments[0];
    const literal = argument ? stringValue(argument) : null;
    if (literal !== null) {
      facts.uses.push({ key: within(literal), file: relative(file), line: line + 1 });
      return;
    }
    if (argument && ts.isTemplateExpression(argument)) {
      const start = argument.head.text;
      const prefix = start.includes(".") ? start.slice(0, start.lastIndexOf(".")) : "";
      if (prefix || namespace) {
        facts.uses.push({ key: within(prefix).replace(/\.$/, ""), file: relative(file), line: line + 1 });
        return;
      }
    }
    const said = saidNamespaces(line);
    if (said) facts.uses.push(...said.map((key) => ({ key, file: relative(file), line: line + 1 })));
    else if (namespace) facts.uses.push({ key: namespace, file: relative(file), line: line + 1 });
    else facts.problems.push({ file: relative(file), line: line + 1, text: `a key only known when the page runs: say its namespaces ("client-messages: …") beside ${call.getText().slice(0, 60)}` });
  };

  visit(source);
  cache.set(file, facts);
  return facts;
}

export type PageUse = {
  /** Keys the client modules the page reaches use. */
  uses: KeyUse[];
  /** Namespaces the page's own ClientMessages (and those of the server modules it renders) send. */
  provides: string[];
  problems: Problem[];
  clientModules: string[];
};

/** What one page or layout file's tree uses and provides. */
export function pageUse(entry: string): PageUse {
  const seen = new Set<string>();
  const clientModules = new Set<string>();
  const result: PageUse = { uses: [], provides: [], problems: [], clientModules: [] };
  const walk = (file: string, underClient: boolean) => {
    const key = `${file}|${underClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const facts = factsOf(file);
    const client = underClient || facts.client;
    if (client) {
      clientModules.add(relative(file));
      result.uses.push(...facts.uses);
    } else {
      result.provides.push(...facts.provides);
    }
    result.problems.push(...facts.problems);
    for (const imported of facts.imports) walk(imported, client);
  };
  walk(path.resolve(ROOT, entry), false);
  result.clientModules = [...clientModules].sort();
  result.provides = [...new Set(result.provides)];
  return result;
}

/** Every page, layout, error and not-found file under app/, relative to the repository. */
export function appEntries(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|layout|error|not-found|loading|template)\.tsx$/.test(entry.name)) out.push(relative(full));
    }
  };
  walk(path.join(ROOT, "app"));
  return out.sort();
}

/** The layouts above a page, outermost first (app/layout.tsx, then each route group's). */
export function layoutsAbove(entry: string): string[] {
  const layouts: string[] = [];
  let dir = path.dirname(entry);
  for (;;) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== entry && fs.existsSync(path.join(ROOT, layout))) layouts.unshift(layout);
    if (dir === "app" || dir === ".") break;
    dir = path.dirname(dir);
  }
  return layouts;
}

/** Whether the namespace `provided` covers the key `used` (itself, or a namespace above it). */
export const covers = (provided: string, used: string) => used === provided || used.startsWith(`${provided}.`);

/**
 * A short list that sends `used` and little else: a namespace whole when its keys are mostly used,
 * else its parts, down to single keys. What the check suggests when a page's list is wrong.
 */
export function suggestNamespaces(used: readonly string[], catalog: Record<string, unknown>): string[] {
  const leaves = (node: unknown): number => (typeof node === "object" && node !== null ? Object.values(node).reduce<number>((n, v) => n + leaves(v), 0) : 1);
  const out: string[] = [];
  const visit = (node: unknown, at: string) => {
    const wanted = used.filter((key) => covers(key, at) || covers(at, key));
    if (wanted.length === 0) return;
    if (typeof node !== "object" || node === null || wanted.some((key) => covers(key, at))) {
      out.push(at);
      return;
    }
    const usedLeaves = Object.entries(node).reduce((n, [key, child]) => n + (wanted.some((w) => covers(w, `${at}.${key}`) || covers(`${at}.${key}`, w)) ? leaves(child) : 0), 0);
    if (usedLeaves * 2 >= leaves(node)) {
      out.push(at);
      return;
    }
    for (const [key, child] of Object.entries(node)) visit(child, `${at}.${key}`);
  };
  for (const [key, child] of Object.entries(catalog)) visit(child, key);
  return out;
}
