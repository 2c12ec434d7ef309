// Every page, route handler and server action has an entry in the authorization matrix
// (tests/e2e/authorization/matrix.ts), found from the source tree with the compiler's parser, so a
// new one without an entry fails here, by name, before the e2e spec ever runs.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ACTIONS, ACTORS, FORBIDDEN, PAGES, PASSES, ROUTES, UNAUTHENTICATED } from "../e2e/authorization/matrix";

const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (rel !== "lib/generated") out.push(...filesUnder(rel, test));
    } else if (test(entry.name)) out.push(rel);
  }
  return out.sort();
}

const parse = (file: string) =>
  ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** The URL path of an app/ file: route groups "(x)" dropped, dynamic segments kept as written. */
const routePath = (file: string) =>
  "/" + path.dirname(file).split("/").slice(1).filter((s) => !/^\(.*\)$/.test(s)).join("/");

const hasExportModifier = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names a module exports at run time (types left out), however they are written. */
function exportedValues(source: ts.SourceFile): string[] {
  const names: string[] = [];
  const bindingNames = (name: ts.BindingName): string[] =>
    ts.isIdentifier(name) ? [name.text] : name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && hasExportModifier(statement)) {
      const isDefault = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      names.push(isDefault ? "default" : (statement.name?.text ?? "default"));
    } else if (ts.isVariableStatement(statement) && hasExportModifier(statement)) {
      for (const declaration of statement.declarationList.declarations) names.push(...bindingNames(declaration.name));
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
    } else if (ts.isExportAssignment(statement)) {
      names.push("default");
    } else if (ts.isExportDeclaration(statement) && !statement.exportClause) {
      throw new Error(`${source.fileName}: "export *" hides what is exported; name the exports`);
    }
  }
  return names;
}

const isDirective = (statement: ts.Statement, text: string) =>
  ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression) && statement.expression.text === text;

/** A "use server" directive anywhere but at the top of a file: an inline action the matrix cannot name. */
function inlineServerDirectives(source: ts.SourceFile): number[] {
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && node.statements.some((s) => isDirective(s, "use server"))) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

// Only files that mention the directive can hold a server action; parsing just those keeps this fast.
const sources = filesUnder("app", (n) => /\.tsx?$/.test(n))
  .concat(filesUnder("lib", (n) => /\.tsx?$/.test(n)))
  .filter((file) => /["']use server["']/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));

function discovered() {
  const pages = filesUnder("app", (n) => /^page\.(t|j)sx?$/.test(n)).map(routePath);
  const routes = filesUnder("app", (n) => /^route\.(t|j)sx?$/.test(n)).flatMap((file) =>
    exportedValues(parse(file)).filter((name) => HTTP_METHODS.has(name)).map((method) => `${method} ${routePath(file)}`),
  );
  const actions = sources.flatMap((file) => {
    const source = parse(file);
    const first = source.statements[0];
    return first && isDirective(first, "use server") ? exportedValues(source).map((name) => `${file}#${name}`) : [];
  });
  return { pages, routes, actions };
}

const missing = (found: string[], entries: Record<string, unknown>) => found.filter((key) => !(key in entries));
const stale = (found: string[], entries: Record<string, unknown>) => Object.keys(entries).filter((key) => !found.includes(key));

describe("authorization matrix", () => {
  const found = discovered();

  it("finds the app's entry points (the discovery itself works)", () => {
    expect(found.pages).toContain("/agreements/[reference]");
    expect(found.routes).toContain("POST /api/auth/[...nextauth]");
    expect(found.actions).toContain("lib/actions/tracking.ts#postStatusUpdateAction");
  });

  it("has an entry for every page, route handler method and server action", () => {
    expect(missing(found.pages, PAGES), "pages without a matrix entry").toEqual([]);
    expect(missing(found.routes, ROUTES), "route handler methods without a matrix entry").toEqual([]);
    expect(missing(found.actions, ACTIONS), "server actions without a matrix entry").toEqual([]);
  });

  it("has no entry for something that no longer exists", () => {
    expect(stale(found.pages, PAGES), "entries naming no page").toEqual([]);
    expect(stale(found.routes, ROUTES), "entries naming no route handler method").toEqual([]);
    expect(stale(found.actions, ACTIONS), "entries naming no server action").toEqual([]);
  });

  it("has no inline server action (one the matrix could not name): they live in 'use server' files", () => {
    const inline = sources.flatMap((file) => inlineServerDirectives(parse(file)).map((line) => `${file}:${line}`));
    expect(inline).toEqual([]);
  });

  it("gives every actor an outcome, and every allowed actor of a write an input refused after the check", () => {
    for (const [key, entry] of [...Object.entries(PAGES), ...Object.entries(ROUTES), ...Object.entries(ACTIONS)]) {
      expect(Object.keys(entry.expect).sort(), key).toEqual([...ACTORS].sort());
    }
    for (const [key, entry] of Object.entries(ACTIONS)) {
      const passes = ACTORS.filter((actor) => entry.expect[actor] === PASSES);
      if (passes.length) expect(entry.probe, `${key}: actors ${passes.join(", ")} pass, so it needs a probe`).toBeDefined();
      // A plain form action (no result to show) sends the anonymous to sign in instead.
      expect([UNAUTHENTICATED, PASSES, "redirect:/login"].includes(entry.expect.anonymous), `${key}: anonymous`).toBe(true);
      // Writes outside the unchanged-database check only for actors whom the rules allow.
      for (const actor of entry.writesFor ?? []) {
        expect([UNAUTHENTICATED, FORBIDDEN, "redirect:/login"].includes(entry.expect[actor]), `${key}: ${actor} writes but is refused`).toBe(false);
      }
    }
    for (const [key, entry] of Object.entries(ROUTES)) {
      const allowedWrite = !key.startsWith("GET ") && ACTORS.some((actor) => ![401, 403].includes(entry.expect[actor]));
      const refusedSomewhere = ACTORS.some((actor) => [401, 403].includes(entry.expect[actor]));
      if (allowedWrite && refusedSomewhere) expect(entry.probe, `${key} needs a probe`).toBeDefined();
    }
    expect(FORBIDDEN).toBe("errors.forbidden");
  });
});
