// Imports point one way (docs/architecture.md): a layer imports only the layers listed for it,
// never one above it. Read from the TypeScript sources with the compiler's own parser, so type-only
// imports, re-exports and dynamic import() count too.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

type Layer = {
  name: string;
  /** Folders (ending in "/") or single files, relative to the repository root. */
  paths: readonly string[];
  /** The other layers this one may import; a layer may always import itself. */
  mayImport: readonly string[];
};

// Top to bottom. Keep docs/architecture.md in step with this table.
const LAYERS: readonly Layer[] = [
  {
    name: "app",
    paths: ["app/", "proxy.ts"],
    mayImport: ["actions", "auth", "reports", "data", "url-state", "validations", "domain", "i18n", "security", "config", "shared"],
  },
  {
    name: "actions",
    paths: ["lib/actions/"],
    mayImport: ["auth", "reports", "data", "url-state", "validations", "domain", "i18n", "config", "shared"],
  },
  { name: "auth", paths: ["lib/auth/"], mayImport: ["data", "url-state", "validations", "domain", "i18n", "config", "shared"] },
  // Builders of CSV, XLSX and PDF files: they take plain values, they never read the database.
  { name: "reports", paths: ["lib/reports/"], mayImport: ["url-state", "domain", "i18n", "shared"] },
  // The notification worker's steps (claim, compose, send, remind, digest): a background job, run by
  // scripts/notify.ts and beside npm start; it reads and writes through lib/data and the Db it is given.
  { name: "notify", paths: ["lib/notify/"], mayImport: ["data", "mail", "db", "config", "domain", "i18n", "shared"] },
  // Mail rendering (text and HTML in the recipient's language) and the SMTP/file transport.
  { name: "mail", paths: ["lib/mail/"], mayImport: ["config", "domain", "i18n", "shared"] },
  { name: "data", paths: ["lib/data/"], mayImport: ["db", "config", "url-state", "validations", "domain", "i18n", "shared"] },
  { name: "url-state", paths: ["lib/url-state/"], mayImport: ["validations", "domain", "shared"] },
  // The language list (lib/i18n/locales.ts) is vocabulary that input schemas and the account's
  // stored language check against; i18n itself imports only domain and shared.
  { name: "validations", paths: ["lib/validations/"], mayImport: ["domain", "i18n", "shared"] },
  { name: "domain", paths: ["lib/domain/"], mayImport: ["shared"] },
  { name: "i18n", paths: ["lib/i18n/", "messages/"], mayImport: ["domain", "shared"] },
  {
    name: "db",
    paths: ["lib/db.ts", "lib/prisma-client.ts", "lib/sqlite-adapter.ts", "lib/generated/"],
    mayImport: ["config"],
  },
  // HTTP response policies (security headers, CSP): pure, read by the proxy and the config.
  { name: "security", paths: ["lib/security/"], mayImport: ["config", "shared"] },
  { name: "config", paths: ["lib/env.ts", "lib/database-url.ts"], mayImport: [] },
  { name: "shared", paths: ["lib/errors.ts", "lib/format.ts", "lib/read-cache.ts"], mayImport: [] },
  // Command-line entry points (seed, demo, migrations, benchmarks): no request, so no session or
  // server action; they go through lib/data like the app does.
  {
    name: "tools",
    paths: ["prisma/", "scripts/", "bench/"],
    mayImport: ["notify", "mail", "data", "reports", "url-state", "validations", "domain", "i18n", "db", "config", "shared"],
  },
];

/** The source folders and files checked (generated code is a target, not checked itself). */
const SOURCES = ["app", "lib", "prisma", "scripts", "bench", "proxy.ts"];
const SKIPPED = ["lib/generated/", "node_modules/"];

const ROOT = path.resolve(import.meta.dirname, "../..");

function layerOf(file: string): Layer | undefined {
  const matches = LAYERS.flatMap((layer) =>
    layer.paths
      .filter((p) => (p.endsWith("/") ? file.startsWith(p) : file === p || withoutExtension(file) === withoutExtension(p)))
      .map((p) => ({ layer, length: p.length })),
  );
  return matches.sort((a, b) => b.length - a.length)[0]?.layer;
}

const withoutExtension = (file: string) => file.replace(/\.(tsx?|jsx?|json|css)$/, "");

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    if (SKIPPED.some((s) => `${relative}/`.startsWith(s))) return;
    const absolute = path.join(ROOT, relative);
    if (!fs.existsSync(absolute)) return;
    if (fs.statSync(absolute).isDirectory()) {
      for (const entry of fs.readdirSync(absolute)) walk(path.posix.join(relative, entry));
    } else if (/\.tsx?$/.test(relative) && !relative.endsWith(".d.ts")) {
      out.push(relative);
    }
  };
  SOURCES.forEach(walk);
  return out.sort();
}

/** Every module specifier in a file: imports, re-exports, import(), import types, require(). */
function moduleSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) specifiers.push(expression.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if (isImport || isRequire) specifiers.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** The repository path a specifier points at, or null for a package ("next", "zod"...). */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return null;
}

type Violation = string;

/** What is wrong with one file's imports, one sentence each: the file, the import and the rule. */
function violationsIn(file: string, text: string): Violation[] {
  const from = layerOf(file);
  if (!from) return [`${file} is in no layer: add its folder to LAYERS in tests/unit/import-direction.test.ts`];
  const violations: Violation[] = [];
  for (const specifier of moduleSpecifiers(file, text)) {
    const target = resolveSpecifier(file, specifier);
    if (target === null) continue;
    const to = layerOf(target);
    const rule = `the ${from.name} layer may import only ${[from.name, ...from.mayImport].join(", ")}`;
    if (!to) {
      violations.push(`${file} imports "${specifier}" (${target}), which is in no layer; ${rule}`);
    } else if (to !== from && !from.mayImport.includes(to.name)) {
      violations.push(`${file} imports "${specifier}" (${to.name} layer): ${rule}`);
    }
  }
  return violations;
}

describe("import direction", () => {
  it("every layer imports only the layers below it", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((file) => violationsIn(file, fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(violations).toEqual([]);
    // Parsing some two hundred files takes seconds on a busy machine: not a speed test.
  }, 120_000);

  it("names the file, the import and the rule when a layer imports one above it", () => {
    const text = 'import { prisma } from "../db";\nimport type { CurrentUser } from "@/lib/data/session-user";\n';
    expect(violationsIn("lib/domain/example.ts", text)).toEqual([
      'lib/domain/example.ts imports "../db" (db layer): the domain layer may import only domain, shared',
      'lib/domain/example.ts imports "@/lib/data/session-user" (data layer): the domain layer may import only domain, shared',
    ]);
  });

  it("counts re-exports, dynamic imports and import types", () => {
    const text = [
      'export type { ExportRow } from "../reports/agreements-csv";',
      'const load = () => import("../actions/admin");',
      'type Pdf = import("../reports/pdf/pdf-document").Pdf;',
    ].join("\n");
    expect(violationsIn("lib/data/example.ts", text)).toHaveLength(3);
  });

  it("refuses a file outside every layer", () => {
    expect(violationsIn("lib/mailer/send.ts", "")).toEqual([
      "lib/mailer/send.ts is in no layer: add its folder to LAYERS in tests/unit/import-direction.test.ts",
    ]);
  });

  it("every layer a rule names exists", () => {
    const names = new Set(LAYERS.map((l) => l.name));
    expect(LAYERS.flatMap((l) => l.mayImport).filter((name) => !names.has(name))).toEqual([]);
  });
});
