// `npm run bench:first-load-js [-- --database file:./data/bench.db --port 3308 --skip-build]`
// Issue 17, item 1: the JavaScript a first visit transfers, page by page, measured in Chromium with
// its cache off and responses compressed as `next start` serves them; next to the framework's
// floor, a bare App Router page of the same Next.js build setup (bench/floor-app: one client form,
// one server action). Budget: the login page within 10 KiB of the floor, every other page within
// 30 KiB. Each page's largest modules are listed, from the build's source maps (the bytes of each
// source in the chunk, scaled to the chunk's compressed size).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
import { benchOptions } from "./lib/cli";
import { barChartSvg, SERIES_COLORS } from "./lib/chart";
import { conditions, fmt, printTable, writeResults } from "./lib/results";
import { benchPrisma, buildApp, login, startServer } from "./lib/server";
import { LOCALE_COOKIE, LOCALES } from "../lib/i18n/locales";
import { chromiumExecutable } from "../scripts/lib/chromium";

const { options } = benchOptions({}, { port: 3308 });
const DIST = ".next-bench-js";
const FLOOR_DIR = path.join(import.meta.dirname, "floor-app");
const KiB = 1024;
const next = path.join(process.cwd(), "node_modules", ".bin", "next");

type Target = { name: string; path: string; auth: boolean; budgetKiB: number };
type Script = { url: string; transferred: number };
type Measured = { name: string; path: string; jsKiB: number; htmlKiB: number; scripts: Script[]; modules: { module: string; kib: number }[] };

// --------------------------------------------------------------------------------------- build
const conds = await conditions(options.database);
console.log(`First-load JavaScript per page, against the framework's floor\n${conds.database.agreements} agreements in ${conds.database.url}\n`);
if (options.build) {
  process.env.NEXT_BROWSER_SOURCE_MAPS = "1";
  buildApp(options.database, DIST);
  console.log("Building the floor app (bench/floor-app)…");
  const floorBuild = spawnSync(next, ["build", FLOOR_DIR], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } });
  if (floorBuild.status !== 0) process.exit(floorBuild.status ?? 1);
}

// -------------------------------------------------------------------------------------- serve
const reference = await (async () => {
  const db = await benchPrisma(options.database);
  try {
    return (await db.agreement.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { reference: "asc" }, select: { reference: true } })).reference;
  } finally {
    await db.$disconnect();
  }
})();
const targets: Target[] = [
  { name: "login", path: "/login", auth: false, budgetKiB: 10 },
  { name: "dashboard", path: "/", auth: true, budgetKiB: 30 },
  { name: "agreements table", path: "/agreements", auth: true, budgetKiB: 30 },
  { name: "an agreement", path: `/agreements/${reference}`, auth: true, budgetKiB: 30 },
  { name: "status report", path: "/reports/status", auth: true, budgetKiB: 30 },
  { name: "my work", path: "/my-work", auth: true, budgetKiB: 30 },
  { name: "account", path: "/account", auth: true, budgetKiB: 30 },
  { name: "admin: users", path: "/admin/users", auth: true, budgetKiB: 30 },
];

const server = await startServer({ databaseUrl: options.database, port: options.port, distDir: DIST });
const floorPort = options.port + 1;
const floor = spawn(next, ["start", FLOOR_DIR, "-p", String(floorPort), "-H", "127.0.0.1"], {
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
  detached: true,
});
const floorUrl = `http://127.0.0.1:${floorPort}`;
for (let i = 0; ; i++) {
  const up = await fetch(floorUrl).then((r) => r.ok, () => false);
  if (up) break;
  if (i > 300) throw new Error("the floor app did not start");
  await new Promise((r) => setTimeout(r, 200));
}

// ------------------------------------------------------------------------------------ measure
const executablePath = chromiumExecutable();
let browser: Browser | null = null;
try {
  browser = await chromium.launch({ executablePath });
  const cookie = await login(server.baseUrl);
  const [cookieName, ...rest] = cookie.split("=");

  const measure = async (baseUrl: string, target: Target, locale?: string): Promise<Measured> => {
    const context = await browser!.newContext();
    if (target.auth) await context.addCookies([{ name: cookieName!, value: rest.join("="), url: baseUrl }]);
    if (locale) await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseUrl }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const requests = new Map<string, { url: string; type: string }>();
    const sizes = new Map<string, number>();
    cdp.on("Network.responseReceived", (e) => requests.set(e.requestId, { url: e.response.url, type: e.type }));
    cdp.on("Network.loadingFinished", (e) => sizes.set(e.requestId, e.encodedDataLength));
    const response = await page.goto(baseUrl + target.path, { waitUntil: "networkidle" });
    if (!response || response.status() !== 200 || new URL(page.url()).pathname !== target.path) {
      throw new Error(`${target.path}: HTTP ${response?.status()} at ${page.url()}`);
    }
    await context.close();
    const scripts: Script[] = [];
    let html = 0;
    for (const [id, r] of requests) {
      const size = sizes.get(id) ?? 0;
      if (r.type === "Script") scripts.push({ url: r.url, transferred: size });
      if (r.type === "Document") html += size;
    }
    const js = scripts.reduce((n, s) => n + s.transferred, 0);
    return { name: target.name, path: target.path, jsKiB: js / KiB, htmlKiB: html / KiB, scripts, modules: largestModules(scripts, baseUrl === floorUrl ? path.join(FLOOR_DIR, ".next-floor") : DIST) };
  };

  // The floor, measured first and last (the figures are bytes, so the two must agree).
  const floorTarget: Target = { name: "floor (bare Next.js page)", path: "/", auth: false, budgetKiB: 0 };
  const floorFirst = await measure(floorUrl, floorTarget);
  const pages: Measured[] = [];
  for (const target of targets) {
    pages.push(await measure(server.baseUrl, target));
    console.log(`  ${target.name}: ${fmt(pages.at(-1)!.jsKiB)} KiB of JavaScript`);
  }
  const floorLast = await measure(floorUrl, floorTarget);

  // Issue 15: the agreements page in each language. Only the reader's catalog may travel: its
  // size must not grow with the number of languages, and no other language's text may be in it.
  const table = targets.find((t) => t.path === "/agreements")!;
  const catalogs = Object.fromEntries(LOCALES.map((l) => [l, catalogStrings(l)]));
  const languages: { locale: string; jsKiB: number; htmlKiB: number; foreign: number }[] = [];
  for (const locale of LOCALES) {
    const m = await measure(server.baseUrl, table, locale);
    const html = await fetch(server.baseUrl + table.path, { headers: { cookie: `${cookie}; ${LOCALE_COOKIE}=${locale}` } }).then((r) => r.text());
    const js = m.scripts.map((s) => readBuilt(DIST, s.url)).join("\n");
    const own = catalogs[locale]!;
    const foreign = new Set(LOCALES.filter((l) => l !== locale).flatMap((l) => catalogs[l]!.filter((text) => !own.includes(text))));
    const found = [...foreign].filter((text) => html.includes(text) || js.includes(text));
    languages.push({ locale, jsKiB: m.jsKiB, htmlKiB: m.htmlKiB, foreign: found.length });
    if (found.length) console.log(`  ${locale}: other languages' text in the page: ${found.slice(0, 5).join(" | ")}`);
  }
  const floorKiB = Math.min(floorFirst.jsKiB, floorLast.jsKiB);

  console.log(`\nfloor: ${fmt(floorFirst.jsKiB)} KiB first, ${fmt(floorLast.jsKiB)} KiB last\n`);
  printTable(
    pages.map((p, i) => {
      const over = p.jsKiB - floorKiB;
      return {
        page: p.name,
        "JS KiB": fmt(p.jsKiB),
        "over floor KiB": fmt(over),
        "budget KiB": targets[i]!.budgetKiB,
        within: over <= targets[i]!.budgetKiB ? "yes" : "NO",
        "scripts": p.scripts.length,
        "HTML KiB": fmt(p.htmlKiB),
      };
    }),
  );
  console.log("\nThe agreements page in each language (JavaScript and HTML transferred; other languages' catalog strings found in either)");
  printTable(languages.map((l) => ({ language: l.locale, "JS KiB": fmt(l.jsKiB), "HTML KiB": fmt(l.htmlKiB), "other languages' strings": l.foreign })));
  for (const p of [floorFirst, ...pages]) {
    console.log(`\n${p.name} (${p.path}): largest modules, KiB transferred`);
    printTable(p.modules.slice(0, 8).map((m) => ({ module: m.module, KiB: fmt(m.kib) })));
  }

  const chart = barChartSvg({
    title: "First-load JavaScript per page (Chromium, cache off, gzip as served)",
    subtitle: `The floor is a bare page of the same Next.js (${fmt(floorKiB)} KiB); budgets: login +10 KiB, others +30 KiB`,
    axisLabel: "KiB transferred",
    unit: "KiB",
    series: [{ name: "JavaScript", color: SERIES_COLORS[0] }],
    groups: [{ label: "floor", values: [floorKiB] }, ...pages.map((p) => ({ label: p.name, values: [p.jsKiB] }))],
    references: [
      { value: floorKiB + 10, label: "login budget (floor + 10)" },
      { value: floorKiB + 30, label: "page budget (floor + 30)" },
    ],
  });
  const strip = (m: Measured) => ({ ...m, scripts: m.scripts.map((s) => ({ url: new URL(s.url).pathname, KiB: s.transferred / KiB })), modules: m.modules.slice(0, 20) });
  writeResults("first-load-js", { conditions: conds, floorKiB, floor: strip(floorFirst), pages: pages.map(strip), languages }, { "first-load-js.svg": chart });
} finally {
  await browser?.close();
  await server.stop();
  if (floor.pid) process.kill(-floor.pid, "SIGTERM");
}

/**
 * Which sources a page's scripts carry, by the bytes each source's mappings cover in its chunk,
 * scaled to the chunk's compressed transfer. Packages are grouped (node_modules/<name>); our own
 * files are named by path.
 */
function largestModules(scripts: Script[], distDir: string): { module: string; kib: number }[] {
  const total = new Map<string, number>();
  for (const script of scripts) {
    // From the build folder: the server does not serve source maps.
    const file = path.join(distDir, decodeURIComponent(new URL(script.url).pathname.replace(/^\/_next\//, "")));
    const code = readBuilt(distDir, script.url);
    // Turbopack names a chunk's map by its own hash: follow the chunk's sourceMappingURL comment.
    const mapName = code.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    const mapFile = mapName ? path.join(path.dirname(file), decodeURIComponent(mapName)) : "";
    const map = mapFile && fs.existsSync(mapFile) ? (JSON.parse(fs.readFileSync(mapFile, "utf8")) as RawSourceMap & { sections?: unknown }) : null;
    const bySource = new Map<string, number>();
    if (map && map.sections === undefined) {
      const lines = code.split("\n");
      const consumer = new SourceMapConsumer(map);
      let previous: { line: number; column: number; source: string | null } | null = null;
      const credit = (to: { line: number; column: number } | null) => {
        if (!previous?.source) return;
        const length =
          to && to.line === previous.line ? to.column - previous.column : (lines[previous.line - 1]?.length ?? 0) - previous.column;
        bySource.set(previous.source, (bySource.get(previous.source) ?? 0) + Math.max(0, length));
      };
      consumer.eachMapping((m) => {
        const here = { line: m.generatedLine, column: m.generatedColumn, source: m.source ?? null };
        credit(here);
        previous = here;
      }, null, SourceMapConsumer.GENERATED_ORDER);
      credit(null);
    }
    const mapped = [...bySource.values()].reduce((a, b) => a + b, 0);
    const raw = Math.max(code.length, 1);
    for (const [source, bytes] of bySource) {
      const name = moduleName(source);
      total.set(name, (total.get(name) ?? 0) + (script.transferred * bytes) / raw);
    }
    // Bytes no mapping covers (runtime glue, or a chunk without a map).
    const unmapped = (script.transferred * Math.max(0, raw - mapped)) / raw;
    total.set("(not mapped)", (total.get("(not mapped)") ?? 0) + unmapped);
  }
  return [...total].map(([module, bytes]) => ({ module, kib: bytes / KiB })).sort((a, b) => b.kib - a.kib);
}

/** A built file of the app, by the URL it is served under. */
function readBuilt(distDir: string, url: string): string {
  const file = path.join(distDir, decodeURIComponent(new URL(url).pathname.replace(/^\/_next\//, "")));
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
}

/**
 * Every message of a language's catalog that is telling: 12 characters or more and at least two
 * words (a single word such as "Organization" also occurs in code, as part of identifiers).
 */
function catalogStrings(locale: string): string[] {
  const dir = path.join(process.cwd(), "messages", locale);
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      if (value.length >= 12 && value.includes(" ") && !value.includes("{")) out.push(value);
    } else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.startsWith("_"))) walk(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
  return out;
}

function moduleName(source: string): string {
  const clean = decodeURIComponent(source).replace(/^.*\[project\]\//, "").replace(/^(turbopack|webpack):\/+/, "");
  const inModules = clean.match(/node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/);
  if (inModules) {
    const pkg = inModules[1]!;
    // next and react-dom are most of the floor: name their main parts.
    if (pkg === "next" || pkg === "react-dom") return `${pkg}/${(inModules[2] ?? "").split("/").slice(1, 4).join("/")}`;
    return pkg;
  }
  return clean;
}
