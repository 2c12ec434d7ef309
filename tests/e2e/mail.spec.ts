// Mail end to end: a real SMTP server on loopback started by this test, the real worker
// (`npm run notify -- --once`) against the e2e database, every message parsed with mailparser.
// Notifications are made the way every change makes them (recordNotifications in a transaction),
// so this spec does not depend on which screen causes them.
import { expect as baseExpect, test, type Page } from "./support/test";
import type { ParsedMail } from "mailparser";
import { recordNotifications, type NewNotification } from "../../lib/data/notification-delivery";
import { createTestAgreement, createTestUser, db, writeTransaction, type TestUser } from "./support/db";
import { E2E_BASE_URL } from "./support/constants";
import { startSmtp, type TestSmtp } from "../unit/support/smtp";
import { login } from "./support/auth";
import { runNotifyWorker } from "./support/worker";

test.describe.configure({ mode: "serial" });

// These tests start worker processes beside the app; on a loaded machine a page can take longer
// than the suite's default wait. Waiting longer is not a timing assertion.
const expect = baseExpect.configure({ timeout: 60_000 });


let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startSmtp();
});
test.afterAll(async () => {
  await smtp.close();
});

const runWorker = () => runNotifyWorker({ SMTP_URL: smtp.url });

const notify = (rows: NewNotification[]) => writeTransaction((tx) => recordNotifications(tx, rows));
const mailTo = (user: TestUser) => smtp.messages.filter((m) => m.to && "text" in m.to && m.to.text === user.email);
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, "") ?? "";
const unsubscribeUrl = (mail: ParsedMail) => header(mail, "list-unsubscribe").replace(/^<|>$/g, "");

test("a mention mails the mentioned person only, once, in their language, with a link that opens the agreement", async ({ page }) => {
  test.setTimeout(120_000);
  const actor = await createTestUser("editor");
  const mentioned = await createTestUser("editor", { name: "Айгерим Test" });
  const bystander = await createTestUser("editor");
  await db.user.update({ where: { id: mentioned.id }, data: { locale: "ru" } });
  const agreement = await createTestAgreement();
  await notify([{ userId: mentioned.id, kind: "mention", agreementId: agreement.id, actorId: actor.id, commentId: "e2ecomment" }]);

  await runWorker();
  await runWorker();
  const received = mailTo(mentioned);
  expect(received).toHaveLength(1);
  expect(mailTo(bystander)).toHaveLength(0);
  const mail = received[0]!;
  expect(mail.subject).toBe(`${actor.name} упомянул(а) вас в обсуждении ${agreement.reference}`);
  expect(mail.text).toContain("Здравствуйте, Айгерим Test!");
  expect(mail.html).toContain("Открыть в Accord");
  const link = mail.text!.match(new RegExp(`${E2E_BASE_URL}/agreements/[^\\s]+`))?.[0];
  expect(link).toBe(`${E2E_BASE_URL}/agreements/${agreement.reference}#comment-e2ecomment`);

  await login(page, mentioned.email, mentioned.password);
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(agreement.title);
});

test("settings chosen on the page decide what is mailed; an unsubscribe link from a mail stops that kind only", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const person = await createTestUser("viewer");
  const agreement = await createTestAgreement();
  await login(page, person.email, person.password);
  await page.goto("/account");
  await page.getByRole("link", { name: "Notification settings" }).click();
  await expect(page.getByRole("heading", { name: "Notification settings" })).toBeVisible();
  await expect(page.getByTestId("mail-off")).toHaveCount(0);
  await page.getByRole("group", { name: "E-mail for “A status update on an agreement I follow”" }).getByLabel("At once").check();
  await page.getByLabel("Time zone").selectOption("Asia/Baku");
  await page.getByLabel("Digest", { exact: true }).selectOption("daily");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("preferences-message")).toHaveText("Notification settings saved.");
  expect(await db.notificationPreference.findUnique({ where: { userId_kind: { userId: person.id, kind: "status_update" } } })).toMatchObject({ channel: "immediate" });
  expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ timeZone: "Asia/Baku", digestFrequency: "daily" });
  expect(await db.auditEvent.count({ where: { action: "notification_preferences.update", actorId: person.id } })).toBe(1);

  await notify([
    { userId: person.id, kind: "status_update", agreementId: agreement.id, data: { status: "on_track" } },
    { userId: person.id, kind: "status_alert", agreementId: agreement.id, data: { status: "delayed" } },
  ]);
  await runWorker();
  const first = mailTo(person);
  expect(first.map((m) => m.subject).sort()).toEqual([`${agreement.reference} is now Delayed`, `Status update on ${agreement.reference}`]);
  const updateMail = first.find((m) => m.subject?.startsWith("Status update"))!;
  expect(header(updateMail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

  // Opened from the mail in a browser without a session: a tampered link changes nothing...
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  const url = unsubscribeUrl(updateMail);
  await visitor.goto(url.replace("status_update", "status_alert"));
  await expect(visitor.getByTestId("unsubscribe-refused")).toContainText("not valid");
  // ...the real one asks first, then turns that kind off.
  await visitor.goto(url);
  await expect(visitor.getByText(`Stop e-mails about status updates to ${person.email}?`)).toBeVisible();
  await visitor.getByRole("button", { name: "Stop these e-mails" }).click();
  await expect(visitor.getByTestId("unsubscribe-done")).toContainText("no longer e-mail you about status updates");
  await anonymous.close();
  const prefs = await db.notificationPreference.findMany({ where: { userId: person.id } });
  expect(Object.fromEntries(prefs.map((p) => [p.kind, p.channel]))).toMatchObject({ status_update: "off" });
  expect(prefs.find((p) => p.kind === "status_alert")?.channel ?? "immediate").toBe("immediate");

  await notify([
    { userId: person.id, kind: "status_update", agreementId: agreement.id, data: { status: "on_track" } },
    { userId: person.id, kind: "status_alert", agreementId: agreement.id, data: { status: "at_risk" } },
  ]);
  await runWorker();
  const second = mailTo(person).slice(first.length);
  expect(second.map((m) => m.subject)).toEqual([`${agreement.reference} is now At risk`]);

  // RFC 8058: the mail client's one-click POST, no session, answered 200.
  const alertMail = second[0]!;
  const response = await page.request.post(unsubscribeUrl(alertMail), { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  expect(await db.notificationPreference.findUnique({ where: { userId_kind: { userId: person.id, kind: "status_alert" } } })).toMatchObject({ channel: "off" });
});

test("admins see failed deliveries with the server's answer and retry them", async ({ page }) => {
  test.setTimeout(120_000);
  const admin = await createTestUser("admin");
  const person = await createTestUser("editor", { name: `Failed Recipient ${Date.now()}` });
  const agreement = await createTestAgreement();
  const [notification] = await notify([{ userId: person.id, kind: "mention", agreementId: agreement.id }]);
  await db.outboxMessage.updateMany({
    where: { notificationId: notification!.id },
    data: { status: "failed", attempts: 6, lastError: "550 5.1.1 Mailbox unavailable (e2e)" },
  });

  await login(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Deliveries" }).click();
  await expect(page.getByRole("heading", { name: "Mail deliveries" })).toBeVisible();
  await page.getByRole("combobox", { name: "Status" }).selectOption("failed");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/status=failed/);
  const row = page.getByRole("row").filter({ hasText: person.name });
  await expect(row).toContainText("550 5.1.1 Mailbox unavailable (e2e)");
  await expect(row).toContainText("Someone mentions me");
  await row.getByRole("button", { name: `Retry the delivery to ${person.name}` }).click();
  // The retried delivery is pending again, so it leaves the "failed" list; the page says what happened.
  await expect(page.getByTestId("delivery-retried")).toHaveText(`The mail to ${person.name} is queued for another attempt (now: Pending).`);
  await expect(page).toHaveURL(/status=failed/);
  await expect
    .poll(async () => (await db.outboxMessage.findFirstOrThrow({ where: { notificationId: notification!.id } })).status)
    .toBe("pending");
  await expect(row).toHaveCount(0);
  const outbox = await db.outboxMessage.findFirstOrThrow({ where: { notificationId: notification!.id } });
  expect(outbox).toMatchObject({ status: "pending", attempts: 0 });
  expect(await db.auditEvent.count({ where: { action: "delivery.retry", entityId: outbox.id, actorId: admin.id } })).toBe(1);

  await runWorker();
  expect(mailTo(person)).toHaveLength(1);
  await page.goto("/admin/deliveries?status=sent");
  await expect(page.getByRole("row").filter({ hasText: person.name })).toContainText("Sent");
});
