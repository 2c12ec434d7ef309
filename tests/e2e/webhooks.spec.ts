// Webhooks end to end: an admin registers a receiver this test starts on loopback (the e2e server
// allows private addresses: WEBHOOKS_ALLOW_PRIVATE=true), an editor changes a status on the page,
// the real worker (`npm run notify -- --once`) delivers, and the receiver checks the signature
// with the secret the page showed once. Every delivery is then listed with the answer it got.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect as baseExpect, test } from "./support/test";
import { createTestAgreement, createTestUser, db, uniqueSuffix } from "./support/db";
import { login } from "./support/auth";
import { runNotifyWorker } from "./support/worker";
import { verifyWebhookSignature, type WebhookPayload } from "../../lib/domain/webhooks";

test.describe.configure({ mode: "serial" });

// Worker processes start beside the app: on a loaded machine a page can take longer to answer.
const expect = baseExpect.configure({ timeout: 60_000 });

type Received = { headers: http.IncomingHttpHeaders; raw: string; body: WebhookPayload };
let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
/** Agreements whose events the receiver answers with 410 Gone. */
const gone = new Set<string>();

test.beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      const body = JSON.parse(raw) as WebhookPayload;
      received.push({ headers: request.headers, raw, body });
      if (body.agreement && gone.has(body.agreement.reference)) response.writeHead(410, { "content-type": "text/plain" }).end("endpoint retired");
      else response.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/accord-events`;
});
test.afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

const verified = (secret: string, r: Received) =>
  verifyWebhookSignature(secret, String(r.headers["webhook-id"]), Number(r.headers["webhook-timestamp"]), r.raw, String(r.headers["webhook-signature"]));

test("an admin registers a receiver; a status change on the page reaches it signed, once; the deliveries list its answer", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  // An organization of this test only, so that other tests' changes never reach this endpoint.
  const organization = await db.organization.create({ data: { name: `Webhook Ministry ${suffix}`, country: "KZ", kind: "ministry" } });
  const agreement = await createTestAgreement({ lead: organization.name, parties: [organization.name] });
  const admin = await createTestUser("admin");
  const editor = await createTestUser("editor", { organizationName: organization.name });

  await login(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Register an endpoint" });
  await form.getByLabel("Name (which system)").fill(`Portal ${suffix}`);

  // Bad addresses are refused next to the field, and nothing is stored.
  const url = form.getByLabel("Address (URL)");
  const urlError = page.locator('[data-field-error="webhook-url-error"]');
  await url.fill("http://8.8.8.8/hook");
  await form.getByRole("button", { name: "Register an endpoint" }).click();
  await expect(urlError).toHaveText("Use an https:// address: deliveries carry the agreement's data.");
  await url.fill("https://169.254.169.254/latest/meta-data");
  await form.getByRole("button", { name: "Register an endpoint" }).click();
  await expect(urlError).toHaveText("This address is never allowed (link-local or reserved, such as a cloud metadata service).");
  await url.fill("https://user:pass@hooks.example.org/");
  await form.getByRole("button", { name: "Register an endpoint" }).click();
  await expect(urlError).toHaveText("Leave the user name and password out of the address; the signature proves who is sending.");
  // No event chosen.
  await url.fill(receiverUrl);
  for (const box of await form.getByRole("checkbox").all()) await box.uncheck();
  await form.getByRole("button", { name: "Register an endpoint" }).click();
  await expect(page.locator('[data-field-error="webhook-events-error"]')).toHaveText("Choose at least one event.");
  expect(await db.webhookEndpoint.count({ where: { name: `Portal ${suffix}` } })).toBe(0);

  await form.getByLabel(/Status or progress changed/).check();
  await form.getByLabel(/Comment added/).check();
  await form.getByLabel("Agreements").selectOption({ label: organization.name });
  await form.getByRole("button", { name: "Register an endpoint" }).click();
  await expect(page.getByTestId("webhook-message")).toHaveText("Endpoint registered. Copy the signing secret now: it will not be shown again.");
  const secret = await page.getByTestId("webhook-secret").inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const stored = await db.webhookEndpoint.findFirstOrThrow({ where: { name: `Portal ${suffix}` } });
  expect(stored).toMatchObject({ url: receiverUrl, organizationId: organization.id, events: JSON.stringify(["status.changed", "comment.added"]) });
  // Stored sealed: the database alone does not give the secret away.
  expect(stored.secretCipher).not.toContain(secret.slice(6, 30));
  expect(await db.auditEvent.count({ where: { action: "webhook.create", entityId: stored.id, actorId: admin.id } })).toBe(1);

  // The editor changes the status the way they always do.
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await login(editorPage, editor.email, editor.password);
  await editorPage.goto(`/agreements/${agreement.reference}`);
  const update = editorPage.getByTestId("status-update-form");
  await update.getByLabel("Status", { exact: true }).selectOption({ label: "At risk" });
  await update.getByLabel("Progress (%)").fill("35");
  await update.getByLabel("Note", { exact: true }).fill("Ferry capacity short this quarter");
  await update.getByRole("button", { name: "Post update" }).click();
  await expect(editorPage.getByTestId("status-update-message")).toHaveText("Status update posted.");
  await editorContext.close();
  // Queued in the update's transaction, beside its audit event.
  // (Any spec's worker round may deliver it from here on: the status is not checked.)
  const queued = await db.outboxMessage.findFirstOrThrow({ where: { webhookEndpointId: stored.id } });
  expect(queued).toMatchObject({ channel: "webhook", kind: "status.changed", agreementId: agreement.id });

  await runNotifyWorker();
  await runNotifyWorker();
  const mine = () => received.filter((r) => r.body.agreement?.reference === agreement.reference || r.body.type === "ping");
  await expect.poll(() => mine().length).toBe(1);
  const [event] = mine();
  expect(verified(secret, event!)).toBe(true);
  expect(verified(`whsec_${Buffer.alloc(32).toString("base64")}`, event!)).toBe(false);
  expect(event!.headers["content-type"]).toBe("application/json");
  expect(event!.body).toMatchObject({
    type: "status.changed",
    agreement: { reference: agreement.reference, title: agreement.title },
    actor: { name: editor.name },
    data: { status: { before: "on_track", after: "at_risk" }, progress: { before: 10, after: 35 }, note: "Ferry capacity short this quarter" },
  });
  expect(event!.headers["webhook-id"]).toBe(event!.body.id);

  // The endpoint's page lists the delivery with the receiver's answer; a test event goes the same way.
  await page.getByRole("link", { name: "Open the endpoint" }).click();
  await expect(page.getByRole("heading", { name: `Portal ${suffix}`, level: 1 })).toBeVisible();
  const rows = page.getByTestId("webhook-deliveries").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Status or progress changed");
  await expect(rows.first()).toContainText(agreement.reference);
  await expect(rows.first()).toContainText("Sent");
  await expect(rows.first().getByTestId("webhook-answer")).toContainText('HTTP 200{"received":true}');

  await page.getByRole("button", { name: "Send a test event" }).click();
  await expect(page.getByTestId("webhook-control-message")).toContainText("Test event queued");
  await runNotifyWorker();
  await expect.poll(() => received.filter((r) => r.body.type === "ping").length).toBe(1);
  const ping = received.find((r) => r.body.type === "ping" && r.headers["webhook-id"] && verified(secret, r));
  expect(ping?.body.actor).toEqual({ name: admin.name });
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Test event");

  // Paused: a change is kept in the queue, not sent, until the endpoint is resumed.
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId("webhook-state")).toHaveText("Paused");
  await page.getByRole("button", { name: "Send a test event" }).click();
  await expect(page.getByTestId("webhook-control-message")).toContainText("Test event queued");
  const before = received.length;
  await runNotifyWorker();
  expect(received.length).toBe(before);
  expect(await db.outboxMessage.count({ where: { webhookEndpointId: stored.id, status: "pending" } })).toBe(1);
  expect(await db.auditEvent.count({ where: { action: "webhook.pause", entityId: stored.id } })).toBe(1);
});

// (A private address refused at delivery is the unit test's: here any spec's worker round, all of
// which allow loopback, may deliver first.)
test("a receiver that answers 410 Gone fails the delivery at once; the admin sees its answer and retries it", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const organization = await db.organization.create({ data: { name: `Webhook Agency ${suffix}`, country: "AZ", kind: "agency" } });
  const agreement = await createTestAgreement({ lead: organization.name, parties: [organization.name] });
  const admin = await createTestUser("admin");
  gone.add(agreement.reference);
  await login(page, admin.email, admin.password);
  await page.goto("/admin/webhooks");
  const form = page.getByRole("form", { name: "Register an endpoint" });
  await form.getByLabel("Name (which system)").fill(`Registry ${suffix}`);
  await form.getByLabel("Address (URL)").fill(receiverUrl);
  await form.getByLabel("Agreements").selectOption({ label: organization.name });
  await form.getByRole("button", { name: "Register an endpoint" }).click();
  await expect(page.getByTestId("webhook-secret")).toBeVisible();
  const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { name: `Registry ${suffix}` } });

  // A comment, through the page, queues an event; the receiver says the endpoint is gone.
  await page.goto(`/agreements/${agreement.reference}`);
  await page.getByRole("combobox", { name: "Your comment" }).fill(`Customs working group meets on Friday ${suffix}`);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("comment-form-message")).toHaveText("Comment posted.");
  await runNotifyWorker();
  // Another spec's worker round may hold it at this moment: wait for the outcome, whoever sends it.
  await expect.poll(async () => (await db.outboxMessage.findFirstOrThrow({ where: { webhookEndpointId: endpoint.id } })).status).toBe("failed");
  const delivery = await db.outboxMessage.findFirstOrThrow({ where: { webhookEndpointId: endpoint.id } });
  expect(delivery).toMatchObject({ kind: "comment.added", status: "failed", attempts: 1, responseStatus: 410, responseBody: "endpoint retired" });

  // The admin sees why, and retries once the receiver is back.
  await page.goto(`/admin/webhooks/${endpoint.id}`);
  const row = page.getByTestId("webhook-deliveries").locator("tbody tr").first();
  await expect(row).toContainText("Failed");
  await expect(row.getByTestId("webhook-answer")).toContainText("HTTP 410endpoint retired");
  gone.delete(agreement.reference);
  await row.getByRole("button", { name: /^Retry:/ }).click();
  await expect.poll(async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: delivery.id } })).status).not.toBe("failed");
  expect(await db.auditEvent.count({ where: { action: "delivery.retry", entityId: delivery.id, actorId: admin.id } })).toBe(1);
  await runNotifyWorker();
  const forThisAgreement = () => received.filter((r) => r.body.agreement?.reference === agreement.reference);
  await expect.poll(() => forThisAgreement().length).toBe(2);
  const arrived = forThisAgreement();
  expect(arrived[1]!.body).toMatchObject({ type: "comment.added", data: { comment: { body: `Customs working group meets on Friday ${suffix}` } }, actor: { name: admin.name } });
  expect(arrived[1]!.headers["webhook-id"]).toBe(arrived[0]!.headers["webhook-id"]);
  await page.reload();
  await expect(row).toContainText("Sent");
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId("webhook-state")).toHaveText("Paused");
});
