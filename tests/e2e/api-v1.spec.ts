import { expect, test } from "./support/test";
import { createTestAgreement, createTestUser, createTestVisit, db, SAMRUK, SOCAR } from "./support/db";
import { apiCall, ContractChecker, createApiToken, expectProblem } from "./support/api";
import { E2E_API_RATE_LIMIT } from "./support/constants";

// /api/v1 as an integrator uses it: Bearer tokens of each kind, every endpoint, the errors a client
// must be able to act on, and every response validated against the served OpenAPI document.

const DAY = 86_400_000;
const future = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

async function tokensFor() {
  const socar = await db.organization.findUniqueOrThrow({ where: { name: SOCAR } });
  const [viewer, editorOwn, editorOther, admin] = await Promise.all([
    createTestUser("viewer"),
    createTestUser("editor", { organizationName: SOCAR }),
    createTestUser("editor", { organizationName: "Ministry of Culture of the Republic of Azerbaijan" }),
    createTestUser("admin"),
  ]);
  return {
    viewer: await createApiToken(viewer.id),
    editorRead: await createApiToken(editorOwn.id, { scope: "read" }),
    editorOwn: { ...(await createApiToken(editorOwn.id)), user: editorOwn },
    editorOther: await createApiToken(editorOther.id),
    admin: await createApiToken(admin.id),
    service: await createApiToken(admin.id, { organizationId: socar.id }),
  };
}

test("a request without a usable token gets 401 and the reason", async ({ request }) => {
  const user = await createTestUser("viewer");
  const expired = await createApiToken(user.id, { expiresAt: new Date(Date.now() - 1000) });
  const revoked = await createApiToken(user.id, { revokedAt: new Date() });
  const unknown = `accord_${"A".repeat(43)}`;
  await expectProblem(await apiCall(request, "GET", "/api/v1/agreements"), 401, "token_missing");
  await expectProblem(await apiCall(request, "GET", "/api/v1/agreements", { headers: { Authorization: "Bearer nonsense" } }), 401, "token_malformed");
  await expectProblem(await apiCall(request, "GET", "/api/v1/agreements", { headers: { Authorization: `Basic ${unknown}` } }), 401, "token_malformed");
  await expectProblem(await apiCall(request, "GET", "/api/v1/agreements", { token: unknown }), 401, "token_unknown");
  await expectProblem(await apiCall(request, "GET", "/api/v1/agreements", { token: expired.secret }), 401, "token_expired");
  await expectProblem(await apiCall(request, "GET", "/api/v1/agreements", { token: revoked.secret }), 401, "token_revoked");
  const valid = await createApiToken(user.id);
  await db.user.update({ where: { id: user.id }, data: { active: false } });
  await expectProblem(await apiCall(request, "GET", "/api/v1/agreements", { token: valid.secret }), 401, "token_owner_inactive");
});

test("every endpoint with each kind of token, every response as documented", async ({ request }) => {
  test.setTimeout(120_000);
  const contract = await ContractChecker.load(request);
  const tokens = await tokensFor();
  const agreement = await createTestAgreement({ lead: SOCAR, parties: [SAMRUK], milestones: [{ title: "First", dueDate: new Date(Date.now() + 30 * DAY) }] });
  const [milestone] = agreement.milestones;
  if (!milestone) throw new Error("fixture milestone");
  const ref = agreement.reference;
  const reads = [
    ["/agreements", `/api/v1/agreements?q=${ref}`],
    ["/agreements/{reference}", `/api/v1/agreements/${ref}`],
    ["/agreements/{reference}/history", `/api/v1/agreements/${ref}/history`],
    ["/agreements/{reference}/milestones", `/api/v1/agreements/${ref}/milestones`],
    ["/agreements/{reference}/comments", `/api/v1/agreements/${ref}/comments`],
    ["/organizations", "/api/v1/organizations"],
    ["/visits", "/api/v1/visits"],
    ["/challenges", "/api/v1/challenges"],
  ] as const;
  for (const [name, token] of Object.entries(tokens)) {
    for (const [template, url] of reads) {
      const response = await apiCall(request, "GET", url, { token: token.secret });
      expect(response.status(), `${name} GET ${url}`).toBe(200);
      await contract.check(template, "get", response);
    }
    await contract.check("/agreements", "get", await apiCall(request, "GET", "/api/v1/agreements"));
  }

  // Writes, probed so that nothing changes: a stale version is refused (409) only after every
  // permission check, so 409 means "allowed", 403 "refused".
  const stale = agreement.version + 1000;
  const writes = [
    ["/agreements/{reference}/status-updates", `/api/v1/agreements/${ref}/status-updates`, { version: stale, status: "on_track", progress: 20, note: "", assessments: [] }],
    ["/agreements/{reference}/milestones/{milestoneId}/complete", `/api/v1/agreements/${ref}/milestones/${milestone.id}/complete`, { version: milestone.version + 1000, doneDate: future(0), evidence: "Signed" }],
    ["/agreements/{reference}/milestones/{milestoneId}/reopen", `/api/v1/agreements/${ref}/milestones/${milestone.id}/reopen`, { version: milestone.version + 1000 }],
  ] as const;
  const expected: Record<keyof typeof tokens, { track: number; comment: number }> = {
    viewer: { track: 403, comment: 403 }, // no agreement:track, no agreement:comment
    editorRead: { track: 403, comment: 403 }, // a read token
    editorOwn: { track: 409, comment: 201 },
    editorOther: { track: 403, comment: 201 }, // comments are not organization-scoped
    admin: { track: 409, comment: 201 },
    service: { track: 409, comment: 201 }, // acts for SOCAR, the lead
  };
  for (const [name, token] of Object.entries(tokens) as [keyof typeof tokens, { secret: string }][]) {
    for (const [template, url, json] of writes) {
      const response = await apiCall(request, "POST", url, { token: token.secret, json });
      expect(response.status(), `${name} POST ${url}`).toBe(expected[name].track);
      await contract.check(template, "post", response);
    }
    const milestoneAdd = await apiCall(request, "POST", `/api/v1/agreements/${ref}/milestones`, { token: token.secret, json: { title: `By ${name}`, dueDate: future(60) } });
    expect(milestoneAdd.status(), `${name} adds a milestone`).toBe(expected[name].track === 409 ? 201 : 403);
    await contract.check("/agreements/{reference}/milestones", "post", milestoneAdd);
    const comment = await apiCall(request, "POST", `/api/v1/agreements/${ref}/comments`, { token: token.secret, json: { body: `From ${name}` } });
    expect(comment.status(), `${name} comments`).toBe(expected[name].comment);
    await contract.check("/agreements/{reference}/comments", "post", comment);
  }
  const read = await apiCall(request, "POST", `/api/v1/agreements/${ref}/comments`, { token: tokens.editorRead.secret, json: { body: "x" } });
  await expectProblem(read, 403, "token_read_only");
  // Without a token, every write is a 401.
  for (const [, url, json] of writes) await expectProblem(await apiCall(request, "POST", url, { json }), 401, "token_missing");

  const documented = Object.entries(((await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, object> }).paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
  expect([...contract.checked].sort()).toEqual(documented.sort());
});

test("a status update with a token: audited through it, a stale version is 409 with who and when", async ({ request }) => {
  const tokens = await tokensFor();
  const token = tokens.editorOwn.secret;
  const agreement = await createTestAgreement({ lead: SOCAR });
  const url = `/api/v1/agreements/${agreement.reference}`;
  const read = await apiCall(request, "GET", url, { token });
  const { version } = (await read.json()) as { version: number };

  const unknownField = await apiCall(request, "POST", `${url}/status-updates`, { token, json: { version, status: "at_risk", progress: 30, note: "", assessments: [], colour: "red" } });
  const problem = await expectProblem(unknownField, 400, "invalid_input");
  expect(problem.errors).toContainEqual({ field: "colour", code: "unknown_field" });

  const missingVersion = await apiCall(request, "POST", `${url}/status-updates`, { token, json: { status: "at_risk", progress: 30, note: "", assessments: [] } });
  await expectProblem(missingVersion, 428, "version_required");

  const posted = await apiCall(request, "POST", `${url}/status-updates`, {
    token,
    json: { status: "at_risk", progress: 30, note: "Through the API", assessments: [] },
    headers: { "If-Match": `"${version}"` },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  expect(await posted.json()).toMatchObject({ version: version + 1 });
  const audit = await db.auditEvent.findFirstOrThrow({ where: { agreementId: agreement.id, action: "status.update" }, orderBy: { createdAt: "desc" } });
  expect(audit).toMatchObject({ actorId: tokens.editorOwn.user.id, apiTokenId: tokens.editorOwn.id });

  const again = await apiCall(request, "POST", `${url}/status-updates`, { token, json: { version, status: "delayed", progress: 30, note: "", assessments: [] } });
  const conflict = await expectProblem(again, 409, "stale_version");
  expect(conflict.changedBy).toBe(tokens.editorOwn.user.name);
  expect(Date.parse(String(conflict.changedAt))).toBeGreaterThan(Date.now() - 60_000);
  expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe("at_risk");
});

test("milestones: add, complete, reopen, each audited through the token", async ({ request }) => {
  const tokens = await tokensFor();
  const token = tokens.service.secret;
  const agreement = await createTestAgreement({ lead: SOCAR });
  const base = `/api/v1/agreements/${agreement.reference}/milestones`;
  const added = await apiCall(request, "POST", base, { token, json: { title: "Feasibility study", dueDate: future(30) } });
  expect(added.status(), await added.text()).toBe(201);
  const milestone = (await added.json()) as { id: string; version: number };
  const done = await apiCall(request, "POST", `${base}/${milestone.id}/complete`, { token, json: { version: milestone.version, doneDate: future(0), evidence: "Report No. 7" } });
  expect(done.status(), await done.text()).toBe(200);
  expect(await done.json()).toMatchObject({ evidence: "Report No. 7", version: milestone.version + 1 });
  await expectProblem(await apiCall(request, "POST", `${base}/${milestone.id}/reopen`, { token, json: { version: milestone.version } }), 409, "stale_version");
  const reopened = await apiCall(request, "POST", `${base}/${milestone.id}/reopen`, { token, json: {}, headers: { "If-Match": `W/"${milestone.version + 1}"` } });
  expect(reopened.status(), await reopened.text()).toBe(200);
  expect(await reopened.json()).toMatchObject({ doneDate: null });
  const events = await db.auditEvent.findMany({ where: { entityId: milestone.id }, orderBy: { createdAt: "asc" } });
  expect(events.map((e) => [e.action, e.apiTokenId])).toEqual([
    ["milestone.create", tokens.service.id],
    ["milestone.complete", tokens.service.id],
    ["milestone.reopen", tokens.service.id],
  ]);
});

test("the list pages by cursor through every filtered row once; tampered cursors and huge pages", async ({ request }) => {
  const tokens = await tokensFor();
  const token = tokens.viewer.secret;
  const visit = await createTestVisit();
  const created = await Promise.all(Array.from({ length: 5 }, (_, i) => createTestAgreement({ visitId: visit.id, progress: i % 2 ? 50 : 10 })));
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const url: string = `/api/v1/agreements?visit=${visit.id}&sort=progress&dir=desc&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const response = await apiCall(request, "GET", url, { token });
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as { items: { reference: string }[]; nextCursor: string | null };
    seen.push(...body.items.map((a) => a.reference));
    cursor = body.nextCursor;
    pages += 1;
  } while (cursor && pages < 10);
  expect(pages).toBe(3);
  expect([...seen].sort()).toEqual(created.map((a) => a.reference).sort());

  const first = (await (await apiCall(request, "GET", `/api/v1/agreements?visit=${visit.id}&limit=2`, { token })).json()) as { nextCursor: string };
  const [body, signature] = first.nextCursor.split(".") as [string, string];
  const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, "base64url").toString()), r: "A" })).toString("base64url");
  await expectProblem(await apiCall(request, "GET", `/api/v1/agreements?visit=${visit.id}&limit=2&cursor=${forged}.${signature}`, { token }), 400, "cursor_invalid");
  await expectProblem(await apiCall(request, "GET", `/api/v1/agreements?visit=${visit.id}&limit=2&cursor=garbage`, { token }), 400, "cursor_invalid");
  await expectProblem(await apiCall(request, "GET", `/api/v1/agreements?visit=${visit.id}&status=delayed&cursor=${first.nextCursor}`, { token }), 400, "cursor_other_query");

  const huge = (await (await apiCall(request, "GET", "/api/v1/agreements?limit=1000000", { token })).json()) as { limit: number; items: unknown[] };
  expect(huge.limit).toBe(200);
  expect(huge.items.length).toBeLessThanOrEqual(200);
});

test("reads carry an ETag and answer If-None-Match with 304 until something changes", async ({ request }) => {
  const tokens = await tokensFor();
  const agreement = await createTestAgreement({ lead: SOCAR });
  const url = `/api/v1/agreements/${agreement.reference}`;
  const first = await apiCall(request, "GET", url, { token: tokens.viewer.secret });
  const etag = first.headers().etag;
  expect(etag).toMatch(/^W\/".+"$/);
  const again = await apiCall(request, "GET", url, { token: tokens.viewer.secret, headers: { "If-None-Match": etag as string } });
  expect(again.status()).toBe(304);
  await db.agreement.update({ where: { id: agreement.id }, data: { title: `${agreement.title} (renamed)` } });
  const changed = await apiCall(request, "GET", url, { token: tokens.viewer.secret, headers: { "If-None-Match": etag as string } });
  expect(changed.status()).toBe(200);
  expect(changed.headers().etag).not.toBe(etag);
});

test("limits: a body too large, not JSON, and the per-token rate limit with Retry-After", async ({ request }) => {
  const tokens = await tokensFor();
  const agreement = await createTestAgreement({ lead: SOCAR });
  const url = `/api/v1/agreements/${agreement.reference}/comments`;
  await expectProblem(await apiCall(request, "POST", url, { token: tokens.editorOwn.secret, json: { body: "x".repeat(70_000) } }), 413, "body_too_large");
  const text = await request.post(url, { headers: { Authorization: `Bearer ${tokens.editorOwn.secret}`, "Content-Type": "text/plain" }, data: "hello" });
  await expectProblem(text, 415, "unsupported_media_type");

  // A fixed window per minute: within two windows' worth of requests the limit is met.
  let limited = null;
  for (let i = 0; i < 2 * E2E_API_RATE_LIMIT + 1 && !limited; i++) {
    const response = await apiCall(request, "GET", "/api/v1/challenges", { token: tokens.viewer.secret });
    if (response.status() === 429) limited = response;
    else expect(response.status()).toBe(200);
  }
  expect(limited).not.toBeNull();
  if (!limited) return;
  await expectProblem(limited, 429, "rate_limited");
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  // Another token is not held back by this one's limit.
  expect((await apiCall(request, "GET", "/api/v1/challenges", { token: tokens.admin.secret })).status()).toBe(200);
});

test("the export takes a Bearer token (BI tools), and refuses a bad one", async ({ request }) => {
  const tokens = await tokensFor();
  const agreement = await createTestAgreement({ lead: SOCAR });
  const url = `/api/exports/agreements?format=csv&q=${agreement.reference}`;
  const csv = await apiCall(request, "GET", url, { token: tokens.editorRead.secret });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(agreement.reference);
  await expectProblem(await apiCall(request, "GET", url, { headers: { Authorization: "Bearer nonsense" } }), 401, "token_malformed");
  expect((await apiCall(request, "GET", url)).status()).toBe(401);
});

test("the OpenAPI document is public and 3.1", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ openapi: "3.1.0", info: { title: "Accord API" } });
});
