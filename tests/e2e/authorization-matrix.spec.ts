// The authorization matrix (tests/e2e/authorization/matrix.ts) against the built app: every page,
// route handler and server action as each of five actors, the way a browser or an integration
// calls them, and for every call a refused or probing actor makes, the database unchanged.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { encryptTotpSecret, newTotpSecret } from "../../lib/domain/totp";
import { unsubscribeToken } from "../../lib/domain/unsubscribe-token";
import { login } from "./support/auth";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DIST_DIR } from "./support/constants";
import { createTestDocument, createTestUser, db, uniqueSuffix, type TestUser } from "./support/db";
import { createOwnAgreement, ownReference } from "./fixtures/own-agreements";
import {
  ACTIONS, ACTORS, FIELD_ERRORS, LOGIN, PAGES, PASSES, ROUTES,
  type ActionCall, type Actor, type MatrixFixture, type PageOutcome,
} from "./authorization/matrix";
import { changedTables, snapshot } from "./authorization/snapshot";

const ORG_A = "State Oil Company of the Republic of Azerbaijan";
const ORG_B = "Samruk-Kazyna Sovereign Wealth Fund";
const ORG_C = "Azerbaijan Railways";

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** "lib/actions/x.ts#name" -> the action's id and a page that serves it, from the build the server runs. */
function actionIds(): Map<string, { id: string; worker: string }> {
  const file = path.join(process.env.NEXT_DIST_DIR || E2E_DIST_DIR, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const out = new Map<string, { id: string; worker: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) throw new Error(`server-reference-manifest: no filename/exportedName for ${id}`);
    out.set(`${entry.filename}#${entry.exportedName}`, { id, worker: Object.keys(entry.workers)[0] });
  }
  return out;
}

/** "app/(dashboard)/agreements/[reference]/page" -> the matrix's page key "/agreements/[reference]". */
const pageKeyOf = (worker: string) => "/" + worker.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s)).join("/");

async function createFixture(suffix: string) {
  const agreement = await createOwnAgreement({
    reference: ownReference(suffix, 1),
    title: `Matrix agreement ${suffix}`,
    lead: ORG_A,
    parties: [ORG_B],
    milestones: [{ title: `Matrix milestone ${suffix}`, dueDate: "2027-03-31" }],
  });
  const milestone = await db.milestone.findFirstOrThrow({ where: { agreementId: agreement.id } });
  const [viewer, editorOwn, editorOther, admin] = await Promise.all([
    createTestUser("viewer"),
    createTestUser("editor", { organizationName: ORG_A }),
    createTestUser("editor", { organizationName: ORG_C }),
    createTestUser("admin"),
  ]);
  // A second-factor set-up already started: its page shows the stored secret instead of storing one.
  for (const user of [viewer, editorOwn, editorOther]) {
    await db.user.update({ where: { id: user.id }, data: { totpSecret: encryptTotpSecret(newTotpSecret(), E2E_AUTH_SECRET) } });
  }
  const view = await db.savedView.create({ data: { name: `Matrix view ${suffix}`, query: "", ownerId: admin.id } });
  const challenge = await db.challenge.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { sortOrder: "asc" } });
  const viewerRow = await db.user.findUniqueOrThrow({ where: { id: viewer.id } });
  const document = await createTestDocument({ agreementId: agreement.id, uploadedById: editorOwn.id, name: `matrix-${suffix}.txt`, content: `Matrix ${suffix}\n` });
  const fixture: MatrixFixture = {
    suffix,
    agreement: { id: agreement.id, reference: agreement.reference, version: agreement.version },
    milestone: { id: milestone.id, version: milestone.version },
    visitId: agreement.visitId,
    leadOrganizationId: agreement.leadOrganizationId,
    challengeId: challenge.id,
    viewer: { id: viewer.id, version: viewerRow.version },
    adminViewId: view.id,
    tamperedUnsubscribeToken: unsubscribeToken(E2E_AUTH_SECRET, viewer.id, "digest").replace(viewer.id, editorOwn.id),
    documentId: document.id,
  };
  const users: Record<Exclude<Actor, "anonymous">, TestUser> = { viewer, editorOwn, editorOther, admin };
  const tokens = [suffix, suffix.toUpperCase(), agreement.id, view.id, document.id, ...Object.values(users).map((u) => u.id)];
  return { fixture, users, tokens, tableTokens: { Challenge: [challenge.id] } };
}

/** One browser context per actor; anonymous carries a cookie the proxy lets through but no session. */
async function contextFor(browser: Browser, actor: Actor, users: Record<Exclude<Actor, "anonymous">, TestUser>) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  if (actor === "anonymous") {
    // Auth.js clears an invalid session cookie in its answers: put it back before every request.
    const request = context.request;
    const forged = () => context.addCookies([{ name: "authjs.session-token", value: "not-a-session", url: E2E_BASE_URL }]);
    for (const method of ["get", "post", "fetch"] as const) {
      const original = request[method].bind(request) as (...args: unknown[]) => Promise<unknown>;
      (request as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => (await forged(), original(...args));
    }
  } else {
    // The real login form, and the admin's TOTP second step (REQUIRE_2FA=admins by default).
    const page = await context.newPage();
    await login(page, users[actor].email, users[actor].password);
    await page.close();
  }
  return context;
}

async function pageOutcome(request: APIRequestContext, url: string): Promise<PageOutcome | string> {
  const response = await request.get(url, { maxRedirects: 0 });
  const status = response.status();
  if (status < 300 || status >= 400) return status as PageOutcome;
  const target = new URL(response.headers().location ?? "", E2E_BASE_URL).pathname;
  return target === "/login" ? LOGIN : `redirect:${target}`;
}

/** The action's reply as the browser gets it: a redirect, or the returned object in the RSC payload. */
async function callAction(request: APIRequestContext, id: string, url: string, call: ActionCall): Promise<string> {
  const headers = { "Next-Action": id, Accept: "text/x-component", Origin: E2E_BASE_URL };
  const response =
    call.kind === "json"
      ? await request.post(url, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify(call.args), maxRedirects: 0 })
      : await request.post(url, { headers, multipart: formReply(call), maxRedirects: 0 });
  const redirect = response.headers()["x-action-redirect"];
  // Without its query: a redirect to the identity provider carries a fresh state each time.
  if (redirect) return `redirect:${redirect.split(";")[0].split("?")[0]}`;
  const text = await response.text();
  if (!response.ok()) return `HTTP ${response.status()}: ${text.slice(0, 200)}`;
  return replyKey(resultOf(text));
}

/** React's encodeReply of [...before, formData]: the form's fields under "1_", the argument list as "0". */
function formReply(call: Extract<ActionCall, { kind: "form" }>) {
  const form: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {
    0: JSON.stringify([...call.before, "$K1"]),
  };
  for (const [name, value] of Object.entries(call.fields)) {
    form[`1_${name}`] = typeof value === "string" ? value : { name: value.file.name, mimeType: value.file.type, buffer: Buffer.from(value.file.content) };
  }
  return form;
}

function resultOf(payload: string): unknown {
  const rows = new Map<string, unknown>();
  for (const line of payload.split("\n")) {
    const match = /^([0-9a-f]+):([[{].*)$/.exec(line);
    if (match) rows.set(match[1], JSON.parse(match[2]));
  }
  const root = rows.get("0") as { a?: unknown } | undefined;
  const answer = root?.a;
  return typeof answer === "string" && answer.startsWith("$@") ? rows.get(answer.slice(2)) : answer;
}

type Reply = { ok?: boolean; message?: string; fieldErrors?: unknown; data?: { refused?: { reason: string }[] } };
function replyKey(value: unknown): string {
  if (!value || typeof value !== "object") return `unexpected reply ${JSON.stringify(value)}`;
  const reply = value as Reply;
  const key = reply.message ?? (reply.fieldErrors ? FIELD_ERRORS : reply.ok ? "ok" : "refused");
  const refused = reply.data?.refused;
  return Array.isArray(refused) && refused.length ? `${key}:${refused[0].reason}` : key;
}

test("every page, route handler and server action answers each actor as the rules say, and refused writes change nothing", async ({ browser }) => {
  test.setTimeout(240_000);
  const { fixture, users, tokens, tableTokens } = await createFixture(uniqueSuffix());
  const ids = actionIds();
  const contexts = {} as Record<Actor, Awaited<ReturnType<typeof contextFor>>>;
  for (const actor of ACTORS) contexts[actor] = await contextFor(browser, actor, users);
  const mismatches: string[] = [];
  const check = (what: string, actor: Actor, expected: unknown, actual: unknown) => {
    if (expected !== actual) mismatches.push(`${what} as ${actor}: expected ${String(expected)}, got ${String(actual)}`);
  };
  /** Runs one entry for every actor and fails it if the fixture's rows changed meanwhile. */
  const unchanged = async (what: string, work: () => Promise<void>) => {
    const before = await snapshot(tokens, tableTokens);
    await work();
    const changed = changedTables(before, await snapshot(tokens, tableTokens));
    if (changed.length) mismatches.push(`${what} changed the database: ${changed.join("; ")}`);
  };

  // Without any cookie the proxy answers before the page; it must agree with the page's own check.
  const cookieless = await browser.newContext({ baseURL: E2E_BASE_URL });
  await unchanged("pages", async () => {
    for (const [key, entry] of Object.entries(PAGES)) {
      for (const actor of ACTORS) check(`page ${key}`, actor, entry.expect[actor], await pageOutcome(contexts[actor].request, entry.url(fixture)));
      check(`page ${key} (no cookie)`, "anonymous", entry.expect.anonymous, await pageOutcome(cookieless.request, entry.url(fixture)));
    }
  });
  await cookieless.close();

  for (const [key, entry] of Object.entries(ROUTES)) {
    const method = key.split(" ")[0];
    await unchanged(key, async () => {
      for (const actor of ACTORS) {
        const expected = entry.expect[actor];
        const refused = expected === 401 || expected === 403;
        const { url, json, form } = (refused || !entry.probe ? entry.request : entry.probe)(fixture);
        const send = () => contexts[actor].request.fetch(url, { method, data: json, form, maxRedirects: 0 });
        // A kept-alive socket the busy server has just closed resets the next request: a GET is safe to send again.
        const response = await send().catch((error: Error) => (method === "GET" && /ECONNRESET/.test(error.message) ? send() : Promise.reject(error)));
        check(key, actor, expected, response.status());
      }
    });
  }

  const last: [string, (typeof ACTIONS)[string]][] = [];
  const runAction = async (key: string, entry: (typeof ACTIONS)[string], actors: readonly Actor[] = ACTORS) => {
    const action = ids.get(key);
    if (!action) return void mismatches.push(`${key}: not in the build's server-reference-manifest`);
    const url = PAGES[pageKeyOf(action.worker)].url(fixture);
    for (const actor of actors) {
      const expected = entry.expect[actor];
      const [call, reply] = expected === PASSES && entry.probe ? [entry.probe.call, entry.probe.reply] : [entry.input, expected];
      check(`action ${key}`, actor, reply, await callAction(contexts[actor].request, action.id, url, call(fixture)));
    }
  };
  for (const [key, entry] of Object.entries(ACTIONS)) {
    if (entry.endsSession) last.push([key, entry]);
    else if (entry.writesFor) {
      const writers = entry.writesFor;
      await unchanged(`action ${key}`, () => runAction(key, entry, ACTORS.filter((actor) => !writers.includes(actor))));
      await runAction(key, entry, writers);
    } else await unchanged(`action ${key}`, () => runAction(key, entry));
  }
  for (const [key, entry] of last) await runAction(key, entry);

  await Promise.all(ACTORS.map((actor) => contexts[actor].close()));
  expect(mismatches).toEqual([]);
});
