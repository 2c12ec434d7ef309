/**
 * The authorization matrix: every page, route handler and server action of the app, and what each
 * of five actors must get from it. The rules come from the product (lib/domain/permissions.ts and
 * what each entry point calls: requireUser, requirePermission, withApiUser, authedAction, the
 * agreement check in lib/data/agreement-write-permission.ts), never from watching the app.
 *
 * - tests/unit/authorization-matrix.test.ts finds the pages, route handlers and actions in the
 *   source tree and fails, naming it, when one has no entry here (or an entry names nothing).
 * - tests/e2e/authorization-matrix.spec.ts calls every entry as every actor on the built app and
 *   checks the outcome, and that no refused call changed the database.
 *
 * The actors: anonymous (a session cookie the proxy lets through but no session behind it, so the
 * entry point's own check answers), a viewer, an editor of the agreement's lead organization
 * (editorOwn), an editor of an organization not party to it (editorOther), an admin. The fixture
 * agreement is led by organization A with a party B; editorOther belongs to C.
 *
 * ## Adding an entry (a few lines)
 * - A page `app/(group)/things/[id]/page.tsx`: `"/things/[id]": page((f) => ..., { ... })` in
 *   PAGES, keyed by its path without route groups; the function gives a concrete URL.
 *   Outcomes: 200, 403 (forbidden()), 404 (notFound()), LOGIN (a redirect to /login), or
 *   `redirect:/path`.
 * - A route handler: one entry per exported method, keyed `"POST /api/things/[id]"` in ROUTES;
 *   outcomes are HTTP statuses. A write gives `request` (valid: what a refused actor sends, so the
 *   refusal is the permission's, not validation's) and `probe` (what an allowed actor sends: refused
 *   after the permission check, e.g. a stale version, so the matrix never writes).
 * - A server action: keyed `"lib/actions/<file>.ts#exportName"` in ACTIONS; outcomes are the reply's
 *   message key (UNAUTHENTICATED, FORBIDDEN) or PASSES: the actor passes the permission check and
 *   gets `probe.reply`, the refusal of an input the action rejects only after that check
 *   (errors.invalidInput, errors.stale, ...). Refused actors are sent `input`, which is valid.
 *   Use `actions.json(input)` for an action taking one object, `actions.form(fields)` for a form action.
 */
import { E2E_OIDC_ISSUER } from "../support/constants";

export const ACTORS = ["anonymous", "viewer", "editorOwn", "editorOther", "admin"] as const;
export type Actor = (typeof ACTORS)[number];
type PerActor<T> = Record<Actor, T>;

/** What the e2e spec creates; entries build their URLs and inputs from it. */
export type MatrixFixture = {
  suffix: string;
  agreement: { id: string; reference: string; version: number };
  milestone: { id: string; version: number };
  visitId: string;
  leadOrganizationId: string;
  challengeId: string;
  /** The viewer's user row (an admin-only write targets it). */
  viewer: { id: string; version: number };
  /** A private saved view of the admin: only its owner may rename or delete it. */
  adminViewId: string;
  /** The viewer's own signed unsubscribe token with editorOwn's id put in its place (signature kept). */
  tamperedUnsubscribeToken: string;
  /** A (not restricted) text document on the agreement, uploaded by editorOwn. */
  documentId: string;
};
type Build<T> = (f: MatrixFixture) => T;

// ---------------------------------------------------------------------------------------- pages
export const LOGIN = "login";
export type PageOutcome = 200 | 403 | 404 | typeof LOGIN | `redirect:${string}`;
export type PageEntry = { url: Build<string>; expect: PerActor<PageOutcome> };

const page = (url: Build<string> | string, expect: PerActor<PageOutcome>): PageEntry => ({
  url: typeof url === "string" ? () => url : url,
  expect,
});
const signedIn = (outcome: PageOutcome): PerActor<PageOutcome> =>
  ({ anonymous: LOGIN, viewer: outcome, editorOwn: outcome, editorOther: outcome, admin: outcome });
const publicPage = (outcome: PageOutcome): PerActor<PageOutcome> =>
  ({ anonymous: outcome, viewer: outcome, editorOwn: outcome, editorOther: outcome, admin: outcome });
const adminPage: PerActor<PageOutcome> = { anonymous: LOGIN, viewer: 403, editorOwn: 403, editorOther: 403, admin: 200 };
const ref = (f: MatrixFixture) => encodeURIComponent(f.agreement.reference);

export const PAGES: Record<string, PageEntry> = {
  // A signed-in person is sent on to the callback (the dashboard by default).
  "/login": page("/login", { anonymous: 200, viewer: "redirect:/", editorOwn: "redirect:/", editorOther: "redirect:/", admin: "redirect:/" }),
  "/": page("/", signedIn(200)), // agreement:read
  "/account": page("/account", signedIn(200)), // requireUser
  "/admin/audit": page("/admin/audit", adminPage), // audit:read
  "/admin/challenges": page("/admin/challenges", adminPage), // challenge:manage
  "/admin/organizations": page("/admin/organizations", adminPage), // agreement:manage
  "/admin/users": page("/admin/users", adminPage), // user:manage
  "/admin/api-tokens": page("/admin/api-tokens", adminPage), // user:manage
  "/account/api-tokens": page("/account/api-tokens", signedIn(200)), // agreement:read
  "/admin/webhooks": page("/admin/webhooks", adminPage), // user:manage
  "/admin/translations": page("/admin/translations?locale=kk&view=all", adminPage), // user:manage
  "/admin/translations/content": page("/admin/translations/content?locale=kk&view=all", adminPage), // agreement:manage
  // An id that is no endpoint: refused before it is looked up, then not found for admins.
  "/admin/webhooks/[id]": page((f) => `/admin/webhooks/${f.agreement.id}`, { ...adminPage, admin: 404 }), // user:manage
  "/api-reference": page("/api-reference", signedIn(200)), // agreement:read
  "/agreements": page("/agreements", signedIn(200)), // agreement:read
  "/agreements/[reference]": page((f) => `/agreements/${ref(f)}`, signedIn(200)), // agreement:read
  "/agreements/[reference]/edit": page((f) => `/agreements/${ref(f)}/edit`, adminPage), // agreement:manage
  "/agreements/import": page("/agreements/import", adminPage), // agreement:import
  "/agreements/new": page("/agreements/new", adminPage), // agreement:manage
  "/reports/status": page("/reports/status", signedIn(200)), // report:export
  // The sign-in's second step answers only a session waiting for it: none (anonymous's cookie has
  // no session behind it) goes to the login page, a fully signed-in one on to the dashboard.
  "/login/second-factor": page("/login/second-factor", { anonymous: LOGIN, viewer: "redirect:/", editorOwn: "redirect:/", editorOther: "redirect:/", admin: "redirect:/" }),
  "/account/notifications": page("/account/notifications", signedIn(200)), // agreement:read, own settings
  // requireUser; someone whose second factor is already on (the admin) is sent back to the account.
  // The others have a pending secret from the fixture (the page would otherwise store one).
  "/account/second-factor": page("/account/second-factor", { ...signedIn(200), admin: "redirect:/account" }),
  "/admin/deliveries": page("/admin/deliveries", adminPage), // user:manage
  "/my-work": page("/my-work", signedIn(200)), // agreement:read, the person's own work
  "/notifications": page("/notifications", signedIn(200)), // agreement:read, own notifications
  // agreement:read, then the notification must be the person's own: an id that is no one's is 404.
  "/notifications/[id]": page((f) => `/notifications/${f.agreement.id}`, signedIn(404)),
  // Public: the signed token is the authority; a changed one gets the page that says so (200).
  "/unsubscribe": page((f) => `/unsubscribe?token=${encodeURIComponent(f.tamperedUnsubscribeToken)}`, publicPage(200)),
};

// ------------------------------------------------------------------------------- route handlers
export type HttpRequest = {
  url: string;
  /** A JSON body, or form fields sent url-encoded. */
  json?: unknown;
  form?: Record<string, string>;
};
export type RouteEntry = {
  request: Build<HttpRequest>;
  /** For a write: what an allowed actor sends instead, refused after the permission check. */
  probe?: Build<HttpRequest>;
  expect: PerActor<number>;
};

const readFor = (status: number): PerActor<number> =>
  ({ anonymous: 401, viewer: status, editorOwn: status, editorOther: status, admin: status });
const publicRoute = (status: number): PerActor<number> =>
  ({ anonymous: status, viewer: status, editorOwn: status, editorOther: status, admin: status });
const get = (url: Build<string>, expect: PerActor<number>): RouteEntry => ({ request: (f) => ({ url: url(f) }), expect });

const statusUpdate = (f: MatrixFixture, version: number) => ({
  url: `/api/agreements/${ref(f)}/status-updates`,
  json: { version, status: "on_track", progress: 10, note: `Matrix ${f.suffix}`, assessments: [] },
});

export const ROUTES: Record<string, RouteEntry> = {
  "GET /api/agreements": get((f) => `/api/agreements?q=${f.agreement.reference}`, readFor(200)), // agreement:read
  // agreement:track, then this agreement (editorOther: 403 from lib/data); allowed actors send a
  // stale version and get 409, which comes after both checks.
  "POST /api/agreements/[reference]/status-updates": {
    request: (f) => statusUpdate(f, f.agreement.version),
    probe: (f) => statusUpdate(f, f.agreement.version + 1000),
    expect: { anonymous: 401, viewer: 403, editorOwn: 409, editorOther: 403, admin: 409 },
  },
  // Auth.js's own endpoints are public: the session (empty or not) is 200 for everyone; a
  // credentials post without its CSRF token is turned away (a redirect) before any password check.
  "GET /api/auth/[...nextauth]": get(() => "/api/auth/session", publicRoute(200)),
  "POST /api/auth/[...nextauth]": {
    request: (f) => ({ url: "/api/auth/callback/credentials", form: { email: `nobody-${f.suffix}@e2e.test`, password: "wrong" } }),
    expect: publicRoute(302),
  },
  "GET /api/exports/agreements": get((f) => `/api/exports/agreements?format=csv&q=${f.agreement.reference}`, readFor(200)), // report:export
  // Public, the signed token is the authority: a click (GET) only leads to the page that asks; a
  // one-click POST with a tampered token (someone's own link re-aimed at another person) is refused
  // (400) and changes nothing, whoever sends it.
  "GET /api/unsubscribe": get((f) => `/api/unsubscribe?token=${encodeURIComponent(f.tamperedUnsubscribeToken)}`, publicRoute(303)),
  "POST /api/unsubscribe": {
    request: (f) => ({ url: `/api/unsubscribe?token=${encodeURIComponent(f.tamperedUnsubscribeToken)}`, form: { "List-Unsubscribe": "One-Click" } }),
    expect: publicRoute(400),
  },
  "GET /api/health": get(() => "/api/health", publicRoute(200)),
  // user:manage: a catalog file as the translation review left it.
  "GET /api/translations/[locale]/[file]": get(() => "/api/translations/kk/common.json", { anonymous: 401, viewer: 403, editorOwn: 403, editorOther: 403, admin: 200 }),
  // agreement:track, then this agreement (editorOther: 403 before the body is read); allowed
  // actors send a name with a path, refused (400) after both checks and before the body is read.
  "POST /api/agreements/[reference]/documents": {
    request: (f) => ({ url: `/api/agreements/${ref(f)}/documents?name=matrix-${f.suffix}.txt`, form: { note: `Matrix ${f.suffix}` } }),
    probe: (f) => ({ url: `/api/agreements/${ref(f)}/documents?name=${encodeURIComponent("../matrix.txt")}`, form: { note: `Matrix ${f.suffix}` } }),
    expect: { anonymous: 401, viewer: 403, editorOwn: 400, editorOther: 403, admin: 400 },
  },
  // agreement:read; a restricted or withdrawn document is 404 for those who may not see it
  // (tests/e2e/documents.spec.ts): this one is neither.
  "GET /api/documents/[id]": get((f) => `/api/documents/${f.documentId}`, readFor(200)),
  "GET /api/reports/agreements/[reference]": get((f) => `/api/reports/agreements/${ref(f)}?format=pdf`, readFor(200)), // report:export
  "GET /api/reports/status": get((f) => `/api/reports/status?format=pdf&visit=${f.visitId}`, readFor(200)), // report:export
  // /api/v1 takes only Bearer tokens: a session cookie authenticates nobody there (so no cross-site
  // request can ride a signed-in browser), and every actor here gets 401. What each kind of token
  // gets, endpoint by endpoint, is tests/e2e/api-v1.spec.ts.
  "GET /api/v1/agreements": get(() => "/api/v1/agreements", publicRoute(401)),
  "GET /api/v1/agreements/[reference]": get((f) => `/api/v1/agreements/${ref(f)}`, publicRoute(401)),
  "GET /api/v1/agreements/[reference]/history": get((f) => `/api/v1/agreements/${ref(f)}/history`, publicRoute(401)),
  "GET /api/v1/agreements/[reference]/milestones": get((f) => `/api/v1/agreements/${ref(f)}/milestones`, publicRoute(401)),
  "POST /api/v1/agreements/[reference]/milestones": {
    request: (f) => ({ url: `/api/v1/agreements/${ref(f)}/milestones`, json: { title: `Matrix ${f.suffix}`, dueDate: "2030-01-01" } }),
    expect: publicRoute(401),
  },
  "POST /api/v1/agreements/[reference]/milestones/[milestoneId]/complete": {
    request: (f) => ({
      url: `/api/v1/agreements/${ref(f)}/milestones/${f.milestone.id}/complete`,
      json: { version: f.milestone.version, doneDate: "2026-01-01", evidence: "Matrix" },
    }),
    expect: publicRoute(401),
  },
  "POST /api/v1/agreements/[reference]/milestones/[milestoneId]/reopen": {
    request: (f) => ({ url: `/api/v1/agreements/${ref(f)}/milestones/${f.milestone.id}/reopen`, json: { version: f.milestone.version } }),
    expect: publicRoute(401),
  },
  "POST /api/v1/agreements/[reference]/status-updates": {
    request: (f) => ({ ...statusUpdate(f, f.agreement.version), url: `/api/v1/agreements/${ref(f)}/status-updates` }),
    expect: publicRoute(401),
  },
  "GET /api/v1/agreements/[reference]/comments": get((f) => `/api/v1/agreements/${ref(f)}/comments`, publicRoute(401)),
  "POST /api/v1/agreements/[reference]/comments": {
    request: (f) => ({ url: `/api/v1/agreements/${ref(f)}/comments`, json: { body: `Matrix ${f.suffix}` } }),
    expect: publicRoute(401),
  },
  "GET /api/v1/organizations": get(() => "/api/v1/organizations", publicRoute(401)),
  "GET /api/v1/visits": get(() => "/api/v1/visits", publicRoute(401)),
  "GET /api/v1/challenges": get(() => "/api/v1/challenges", publicRoute(401)),
  // The published contract: public, it holds no data.
  "GET /api/v1/openapi.json": get(() => "/api/v1/openapi.json", publicRoute(200)),
  // Swagger UI's own script and stylesheet: the same files for everyone, no data.
  "GET /api/reference-ui/[file]": get(() => "/api/reference-ui/swagger-ui.css", publicRoute(200)),
};

// ------------------------------------------------------------------------------ server actions
export const UNAUTHENTICATED = "errors.unauthenticated";
export const FORBIDDEN = "errors.forbidden";
export const PASSES = "passes";
/** The reply key of a form that failed validation without a message (the login form). */
export const FIELD_ERRORS = "fieldErrors";

export type FileField = { file: { name: string; type: string; content: string } };
/** How the browser calls it: the argument list (JSON), or a form whose fields become a FormData argument. */
export type ActionCall =
  | { kind: "json"; args: unknown[] }
  | { kind: "form"; before: unknown[]; fields: Record<string, string | FileField> };
export type ActionEntry = {
  input: Build<ActionCall>;
  probe?: { call: Build<ActionCall>; reply: string };
  expect: PerActor<string>;
  /** Ends the caller's session: the spec calls it last, and outside the unchanged-database check. */
  endsSession?: true;
  /**
   * Actors for whom the expected reply is a write with no invalid input to probe it with (starting
   * a set-up): their call runs outside the unchanged-database check; every other actor's inside.
   */
  writesFor?: readonly Actor[];
};

export const actions = {
  json: (input: unknown): ActionCall => ({ kind: "json", args: [input] }),
  form: (fields: Record<string, string | FileField>, before: unknown[] = []): ActionCall => ({ kind: "form", before, fields }),
};
const onlyAdmin: PerActor<string> = { anonymous: UNAUTHENTICATED, viewer: FORBIDDEN, editorOwn: FORBIDDEN, editorOther: FORBIDDEN, admin: PASSES };
const anySignedIn: PerActor<string> = { anonymous: UNAUTHENTICATED, viewer: PASSES, editorOwn: PASSES, editorOther: PASSES, admin: PASSES };
/** agreement:track: the role (viewer refused by authedAction), then this agreement (editorOther refused by lib/data). */
const tracking: PerActor<string> = { anonymous: UNAUTHENTICATED, viewer: FORBIDDEN, editorOwn: PASSES, editorOther: FORBIDDEN, admin: PASSES };
const publicAction: PerActor<string> = { anonymous: PASSES, viewer: PASSES, editorOwn: PASSES, editorOther: PASSES, admin: PASSES };
/** agreement:comment: editors and admins, whatever the agreement's organizations. */
const commenting: PerActor<string> = { ...onlyAdmin, editorOwn: PASSES, editorOther: PASSES };
const invalid = { call: () => actions.json({}), reply: "errors.invalidInput" };
const adminWrite = (input: Build<unknown>): ActionEntry => ({ input: (f) => actions.json(input(f)), probe: invalid, expect: onlyAdmin });

const agreementFields = (f: MatrixFixture) => ({
  reference: `MX-${f.suffix}`.toUpperCase(),
  visitId: f.visitId,
  title: `Matrix ${f.suffix}`,
  area: "energy",
  instrumentType: "memorandum",
  leadOrganizationId: f.leadOrganizationId,
  partyOrganizationIds: [],
});
const stale = (f: MatrixFixture) => f.agreement.version + 1000;
const milestone = (f: MatrixFixture, version: number) => ({ agreementId: f.agreement.id, milestoneId: f.milestone.id, version });
const csv = (f: MatrixFixture): FileField => ({
  file: { name: "matrix.csv", type: "text/csv", content: `reference,title\nMX-${f.suffix}-CSV,Matrix ${f.suffix}\n` },
});

export const ACTIONS: Record<string, ActionEntry> = {
  // agreement:manage, challenge:manage, user:manage: admins only; the admin sends `{}` (invalid).
  "lib/actions/admin.ts#createAgreementAction": adminWrite(agreementFields),
  "lib/actions/admin.ts#updateAgreementAction": adminWrite((f) => ({ ...agreementFields(f), agreementId: f.agreement.id, version: f.agreement.version })),
  "lib/actions/admin.ts#archiveAgreementAction": adminWrite((f) => ({ agreementId: f.agreement.id, version: f.agreement.version, archived: true })),
  "lib/actions/admin.ts#createChallengeAction": adminWrite((f) => ({ name: `Matrix ${f.suffix}` })),
  "lib/actions/admin.ts#updateChallengeAction": adminWrite((f) => ({ challengeId: f.challengeId, name: `Matrix ${f.suffix}` })),
  "lib/actions/admin.ts#archiveChallengeAction": adminWrite((f) => ({ challengeId: f.challengeId, archived: true })),
  "lib/actions/admin.ts#moveChallengeAction": adminWrite((f) => ({ challengeId: f.challengeId, direction: "down" })),
  "lib/actions/admin.ts#updateOrganizationNamesAction": adminWrite((f) => ({
    organizationId: f.leadOrganizationId,
    updatedAt: new Date(0).toISOString(),
    name: `Matrix ${f.suffix}`,
    shortName: "",
  })),
  "lib/actions/admin.ts#createUserAction": adminWrite((f) => ({
    email: `matrix-${f.suffix}@e2e.test`,
    name: `Matrix ${f.suffix}`,
    role: "admin",
    organizationId: "",
    password: `Matrix-${f.suffix}-long-passphrase`,
  })),
  "lib/actions/admin.ts#updateUserAction": adminWrite((f) => ({
    userId: f.viewer.id,
    version: f.viewer.version,
    name: `Matrix ${f.suffix}`,
    role: "admin",
    organizationId: "",
    active: true,
  })),

  // Public: the login form. Everyone sends an empty form and gets its field errors back.
  "lib/actions/auth.ts#login": {
    input: () => actions.form({ email: "", password: "" }, [{}]),
    probe: { call: () => actions.form({ email: "", password: "" }, [{}]), reply: FIELD_ERRORS },
    expect: { anonymous: PASSES, viewer: PASSES, editorOwn: PASSES, editorOther: PASSES, admin: PASSES },
  },
  "lib/actions/auth.ts#logout": {
    input: () => ({ kind: "json", args: [] }),
    probe: { call: () => ({ kind: "json", args: [] }), reply: "redirect:/login" },
    expect: { anonymous: PASSES, viewer: PASSES, editorOwn: PASSES, editorOther: PASSES, admin: PASSES },
    endsSession: true,
  },

  // agreement:import: admins only; the admin sends a form without its file.
  "lib/actions/import.ts#previewImport": {
    input: (f) => actions.form({ file: csv(f), visitId: f.visitId }),
    probe: { call: (f) => actions.form({ visitId: f.visitId }), reply: "errors.invalidInput" },
    expect: onlyAdmin,
  },
  "lib/actions/import.ts#confirmImport": {
    input: (f) => actions.form({ file: csv(f), visitId: f.visitId, digest: "0".repeat(64) }),
    probe: { call: (f) => actions.form({ visitId: f.visitId, digest: "0".repeat(64) }), reply: "errors.invalidInput" },
    expect: onlyAdmin,
  },

  // agreement:track on many agreements: editorOther's rows are refused one by one (bulk.partly);
  // allowed actors ask for "completed" at 10 %, refused per row by the progress rule.
  "lib/actions/table.ts#bulkUpdateAction": {
    input: (f) => actions.json({ agreementIds: [f.agreement.id], status: "", note: `Matrix ${f.suffix}` }),
    probe: { call: (f) => actions.json({ agreementIds: [f.agreement.id], status: "completed", note: "" }), reply: "bulk.partly:tracking.rule.completedHundred" },
    expect: { ...tracking, editorOther: "bulk.partly:bulk.reason.permission" },
  },
  // agreement:read; renaming or deleting a view is its owner's (the admin's) alone.
  "lib/actions/table.ts#createSavedViewAction": {
    input: (f) => actions.json({ name: `Matrix ${f.suffix}`, query: "", shared: false }),
    probe: { call: () => actions.json({ name: "", query: "" }), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },
  "lib/actions/table.ts#renameSavedViewAction": {
    input: (f) => actions.json({ viewId: f.adminViewId, name: `Matrix ${f.suffix}` }),
    probe: { call: (f) => actions.json({ viewId: f.adminViewId, name: "" }), reply: "errors.invalidInput" },
    expect: onlyAdmin, // editors and the viewer are refused by lib/data (not the owner), not by their role
  },
  "lib/actions/table.ts#deleteSavedViewAction": {
    input: (f) => actions.json({ viewId: f.adminViewId }),
    probe: { call: () => actions.json({ viewId: "!" }), reply: "errors.invalidInput" },
    expect: onlyAdmin,
  },

  // agreement:track. Allowed actors send a stale version (errors.stale comes after both checks);
  // adding a milestone has no version, so they send an empty title (refused after the role check).
  "lib/actions/tracking.ts#postStatusUpdateAction": {
    input: (f) => actions.json({ agreementId: f.agreement.id, ...statusUpdate(f, f.agreement.version).json }),
    probe: { call: (f) => actions.json({ agreementId: f.agreement.id, ...statusUpdate(f, stale(f)).json }), reply: "errors.stale" },
    expect: tracking,
  },
  "lib/actions/tracking.ts#addMilestoneAction": {
    input: (f) => actions.json({ agreementId: f.agreement.id, title: `Matrix ${f.suffix}`, dueDate: "2027-06-30" }),
    probe: { call: (f) => actions.json({ agreementId: f.agreement.id, title: "", dueDate: "2027-06-30" }), reply: "errors.invalidInput" },
    expect: tracking,
  },
  "lib/actions/tracking.ts#editMilestoneAction": {
    input: (f) => actions.json({ ...milestone(f, f.milestone.version), title: `Matrix ${f.suffix}`, dueDate: "2027-06-30" }),
    probe: { call: (f) => actions.json({ ...milestone(f, f.milestone.version + 1000), title: `Matrix ${f.suffix}`, dueDate: "2027-06-30" }), reply: "errors.stale" },
    expect: tracking,
  },
  "lib/actions/tracking.ts#completeMilestoneAction": {
    input: (f) => actions.json({ ...milestone(f, f.milestone.version), doneDate: "2026-01-15", evidence: `Matrix ${f.suffix}` }),
    probe: { call: (f) => actions.json({ ...milestone(f, f.milestone.version + 1000), doneDate: "2026-01-15", evidence: `Matrix ${f.suffix}` }), reply: "errors.stale" },
    expect: tracking,
  },
  "lib/actions/tracking.ts#reopenMilestoneAction": {
    input: (f) => actions.json(milestone(f, f.milestone.version)),
    probe: { call: (f) => actions.json(milestone(f, f.milestone.version + 1000)), reply: "errors.stale" },
    expect: tracking,
  },

  // ------------------------------------------------------------------ own account (sessions, password)
  // permission null: anyone signed in, on their own account. Probes are invalid input, so no session
  // is ended (the actor's session is needed by later entries) and no password changes.
  "lib/actions/account.ts#endSessionAction": {
    input: (f) => actions.json({ sessionId: f.agreement.id }),
    probe: { call: () => actions.json({ sessionId: "!" }), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },
  // Would end the caller's session; its probe (not an object) is refused before, so it need not run last.
  "lib/actions/account.ts#signOutEverywhereAction": {
    input: () => actions.json({}),
    probe: { call: () => actions.json("matrix"), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },
  "lib/actions/account.ts#changePasswordAction": {
    input: (f) => actions.json({ currentPassword: "wrong", newPassword: `Matrix-${f.suffix}-long-passphrase` }),
    probe: { call: () => actions.json({ currentPassword: "", newPassword: "" }), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },
  "lib/actions/account.ts#adminEndSessionsAction": adminWrite((f) => ({ userId: f.viewer.id })), // user:manage

  // API tokens. Anyone who may read creates their own (the probe's expiry is refused after the
  // check) and revokes their own (an id that is no token of theirs: 404, reported as errors.notFound).
  "lib/actions/api-tokens.ts#createPersonalTokenAction": {
    input: (f) => actions.json({ name: `Matrix ${f.suffix}`, scope: "read", days: 30 }),
    probe: { call: (f) => actions.json({ name: `Matrix ${f.suffix}`, scope: "read", days: 9999 }), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },
  "lib/actions/api-tokens.ts#revokeOwnTokenAction": {
    input: (f) => actions.json({ tokenId: f.agreement.id }),
    probe: { call: (f) => actions.json({ tokenId: f.agreement.id }), reply: "errors.notFound" },
    expect: anySignedIn,
  },
  // user:manage: admins only create service tokens and revoke anyone's.
  "lib/actions/api-tokens.ts#createServiceTokenAction": adminWrite((f) => ({ name: `Matrix ${f.suffix}`, scope: "read", days: 30, organizationId: f.leadOrganizationId })),
  "lib/actions/api-tokens.ts#revokeAnyTokenAction": adminWrite((f) => ({ tokenId: f.agreement.id })),

  // Webhooks (user:manage): who outside Accord hears of its changes is an administrator's choice.
  "lib/actions/translations.ts#saveTranslationAction": adminWrite(() => ({ locale: "kk", key: "app.name", text: "Accord", needsReview: false, note: "", version: 0 })),
  // agreement:manage and challenge:manage: a content translation reviewed (no such row here: 404).
  "lib/actions/translations.ts#reviewAgreementTextAction": adminWrite((f) => ({ id: f.agreement.id, locale: "kk", title: "Матрица", summary: "", needsReview: false, note: "", updatedAt: new Date(0).toISOString() })),
  "lib/actions/translations.ts#reviewOrganizationTextAction": adminWrite((f) => ({ id: f.leadOrganizationId, locale: "kk", name: "Матрица", shortName: "", needsReview: false, note: "", updatedAt: new Date(0).toISOString() })),
  "lib/actions/translations.ts#reviewChallengeTextAction": adminWrite((f) => ({ id: f.agreement.id, locale: "kk", name: "Матрица", description: "", needsReview: false, note: "", updatedAt: new Date(0).toISOString() })),
  "lib/actions/webhooks.ts#createWebhookAction": adminWrite((f) => ({ name: `Matrix ${f.suffix}`, url: "https://hooks.example.org/accord", events: ["status.changed"] })),
  "lib/actions/webhooks.ts#pauseWebhookAction": adminWrite((f) => ({ endpointId: f.agreement.id })),
  "lib/actions/webhooks.ts#resumeWebhookAction": adminWrite((f) => ({ endpointId: f.agreement.id })),
  "lib/actions/webhooks.ts#rotateWebhookSecretAction": adminWrite((f) => ({ endpointId: f.agreement.id })),
  "lib/actions/webhooks.ts#pingWebhookAction": adminWrite((f) => ({ endpointId: f.agreement.id })),
  "lib/actions/webhooks.ts#retryWebhookDeliveryAction": adminWrite((f) => ({ endpointId: f.agreement.id, deliveryId: f.agreement.id })),

  // Public: starts the single sign-on, a redirect to the identity provider (query left out), for
  // anyone; nothing is stored before the provider answers.
  "lib/actions/auth.ts#ssoLogin": {
    input: () => actions.form({ callbackUrl: "/" }),
    probe: { call: () => actions.form({ callbackUrl: "/" }), reply: `redirect:${E2E_OIDC_ISSUER}/auth` },
    expect: publicAction,
  },

  // ------------------------------------------------------------------------------------ comments
  // agreement:comment (editors, admins; not organization-scoped): the viewer is refused.
  "lib/actions/comments.ts#addCommentAction": {
    input: (f) => actions.json({ agreementId: f.agreement.id, body: `Matrix ${f.suffix}` }),
    probe: { call: (f) => actions.json({ agreementId: f.agreement.id, body: "" }), reply: "errors.invalidInput" },
    expect: commenting,
  },
  "lib/actions/comments.ts#editCommentAction": {
    input: (f) => actions.json({ commentId: f.agreement.id, version: 1, body: `Matrix ${f.suffix}` }),
    probe: { call: (f) => actions.json({ commentId: f.agreement.id, version: 1, body: "" }), reply: "errors.invalidInput" },
    expect: commenting,
  },
  // agreement:read: authors withdraw their own whatever their role (lib/data checks author or moderator).
  "lib/actions/comments.ts#withdrawCommentAction": {
    input: (f) => actions.json({ commentId: f.agreement.id, reason: `Matrix ${f.suffix}` }),
    probe: { call: (f) => actions.json({ commentId: f.agreement.id, reason: "" }), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },
  "lib/actions/comments.ts#searchMentionsAction": {
    input: (f) => actions.json({ agreementId: f.agreement.id, query: "a" }),
    probe: { call: () => actions.json({ agreementId: "!", query: "a" }), reply: "errors.invalidInput" },
    expect: commenting,
  },
  "lib/actions/comments.ts#followAction": {
    input: (f) => actions.json({ agreementId: f.agreement.id, follow: true }),
    probe: { call: (f) => actions.json({ agreementId: f.agreement.id, follow: "yes" }), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },

  // ----------------------------------------------------------- own settings and notifications
  // agreement:read (every role), on the person's own account and notifications.
  "lib/actions/locale.ts#saveLocale": {
    input: () => actions.json({ locale: "ru" }),
    probe: { call: () => actions.json({ locale: "xx" }), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },
  // Public on purpose: the sign-in page's language menu. It only sets the caller's own cookie to one
  // of Accord's languages; anything else is refused and nothing is set.
  "lib/actions/locale.ts#chooseLocale": {
    input: () => actions.json({ locale: "kk" }),
    probe: { call: () => actions.json({ locale: "xx" }), reply: "errors.invalidInput" },
    expect: publicAction,
  },
  "lib/actions/notification-settings.ts#saveNotificationSettingsAction": {
    input: () => actions.json({ channels: {}, digestFrequency: "daily", timeZone: "UTC" }),
    probe: invalid,
    expect: anySignedIn,
  },
  "lib/actions/notification-settings.ts#retryDeliveryAction": adminWrite((f) => ({ id: f.agreement.id })), // user:manage
  "lib/actions/notifications.ts#markNotificationReadAction": {
    input: (f) => actions.json({ id: f.agreement.id }),
    probe: invalid,
    expect: anySignedIn,
  },
  "lib/actions/notifications.ts#markAllNotificationsReadAction": {
    input: () => actions.json({}),
    probe: { call: () => actions.json("matrix"), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },

  // agreement:track, then this agreement (lib/data refuses editorOther); allowed actors give no reason.
  "lib/actions/documents.ts#withdrawDocumentAction": {
    input: (f) => actions.json({ documentId: f.documentId, reason: `Matrix ${f.suffix}` }),
    probe: { call: (f) => actions.json({ documentId: f.documentId, reason: "" }), reply: "errors.invalidInput" },
    expect: tracking,
  },
  "lib/actions/documents.ts#restoreDocumentAction": adminWrite((f) => ({ documentId: f.documentId })), // agreement:manage

  // agreement:track, then this agreement (lib/data's requireTrackable refuses editorOther).
  "lib/actions/owners.ts#setFocalPointAction": {
    input: (f) => actions.json({ agreementId: f.agreement.id, side: "AZ", userId: "" }),
    probe: { call: (f) => actions.json({ agreementId: f.agreement.id, side: "XX", userId: "" }), reply: "errors.invalidInput" },
    expect: tracking,
  },

  // --------------------------------------------------------------------------- second factor
  // The sign-in's second step answers only a session waiting for it: none of the actors' sessions
  // is (anonymous has none, the others are fully signed in), so all are turned away unchanged.
  "lib/actions/second-factor.ts#verifySecondFactorAction": {
    input: () => actions.form({ code: "000000" }, [{ ok: false }]),
    expect: { anonymous: UNAUTHENTICATED, viewer: UNAUTHENTICATED, editorOwn: UNAUTHENTICATED, editorOther: UNAUTHENTICATED, admin: UNAUTHENTICATED },
  },
  // Starting a set-up (a form, so that opening the page writes nothing): a new pending secret for a
  // signed-in person without a second factor; the admin's is already on, the anonymous has none.
  "lib/actions/second-factor.ts#beginSecondFactorSetupAction": {
    input: () => actions.form({}),
    expect: {
      anonymous: "redirect:/login",
      viewer: "redirect:/account/second-factor",
      editorOwn: "redirect:/account/second-factor",
      editorOther: "redirect:/account/second-factor",
      admin: "redirect:/account",
    },
    writesFor: ["viewer", "editorOwn", "editorOther"],
  },
  // A signed-in person without a second factor may confirm one; the admin's is already on.
  "lib/actions/second-factor.ts#confirmSecondFactorAction": {
    input: () => actions.json({ code: "000000" }),
    probe: { call: () => actions.json({ code: "" }), reply: "errors.invalidInput" },
    expect: { ...anySignedIn, admin: "secondFactor.alreadyOn" },
  },
  // permission null, own account; a role that requires the second factor (admins, REQUIRE_2FA's
  // default) may not turn it off, whatever the code.
  "lib/actions/second-factor.ts#disableSecondFactorAction": {
    input: () => actions.json({ code: "000000" }),
    probe: { call: () => actions.json({ code: "" }), reply: "errors.invalidInput" },
    expect: { ...anySignedIn, admin: "secondFactor.requiredForRoleShort" },
  },
  // permission null, own account: a wrong code is refused next to the field for everyone signed in
  // (the fixtures' admin has a second factor; the others have none, so no code can be right).
  "lib/actions/second-factor.ts#regenerateRecoveryCodesAction": {
    input: () => actions.json({ code: "000000" }),
    probe: { call: () => actions.json({ code: "" }), reply: "errors.invalidInput" },
    expect: anySignedIn,
  },
  "lib/actions/second-factor.ts#adminResetSecondFactorAction": adminWrite((f) => ({ userId: f.viewer.id })), // user:manage
};
