import { expect, test, type Browser, type Page } from "./support/test";
import { createTestAgreement, createTestUser, db, SOCAR, uniqueSuffix, type TestUser } from "./support/db";
import { signIn } from "./support/sign-in";

// Several people, each signed in in their own browser context: more steps than most tests.
test.slow();
import { captureServerAction, replayServerAction } from "./support/server-action";

async function signedIn(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

const commentBox = (page: Page) => page.getByRole("combobox", { name: "Your comment" });
const isCommentPost = (body: string) => body.includes('"mentions"') && body.includes('"body"');

async function postComment(page: Page, text: string) {
  await commentBox(page).fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("comment-form-message")).toHaveText("Comment posted.");
}

test("an editor mentions someone picked by the keyboard; they see the count, open it, and the count drops", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const mentioned = await createTestUser("viewer", { name: `Zhanar Mentioned ${suffix}` });
  const follower = await createTestUser("editor", { name: `Follower ${suffix}` });
  const agreement = await createTestAgreement({ lead: SOCAR });
  await db.agreementFollower.createMany({
    data: [
      { agreementId: agreement.id, userId: follower.id },
      { agreementId: agreement.id, userId: mentioned.id },
      { agreementId: agreement.id, userId: editor.id },
    ],
  });

  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);
  const box = commentBox(page);
  await box.click();
  // The mention goes in the middle of a sentence: typed, then back with the arrow keys.
  await box.pressSequentially("Please check the ferry schedule, before Friday.");
  for (let i = 0; i < "before Friday.".length; i++) await box.press("ArrowLeft");
  await box.pressSequentially(`@Zhanar Mentioned ${suffix.slice(0, 4)}`);
  const option = page.getByRole("option", { name: new RegExp(mentioned.name) });
  await expect(option).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", await option.getAttribute("id") ?? "missing");
  // A busy machine's late frame, made certain: animation frames are held back while the name is
  // picked and the typing goes on at once, as a fast typist's does. The caret must already stand
  // after the name, or the letters land at the end of the text (a caret once moved in the next
  // frame did just that in CI).
  await page.evaluate(() => {
    const w = window as Window & { heldFrames?: Window["requestAnimationFrame"] };
    w.heldFrames = w.requestAnimationFrame;
    w.requestAnimationFrame = () => 0;
  });
  await box.press("Enter");
  await box.pressSequentially("at the latest ");
  await page.evaluate(() => {
    const w = window as Window & { heldFrames?: Window["requestAnimationFrame"] };
    if (w.heldFrames) w.requestAnimationFrame = w.heldFrames;
  });
  const withName = `Please check the ferry schedule, @${mentioned.name} at the latest `;
  expect(await box.evaluate((el: HTMLTextAreaElement) => [el.value, el.selectionStart])).toEqual([
    `${withName}before Friday.`,
    withName.length,
  ]);
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("comment-form-message")).toHaveText("Comment posted.");
  await expect(page.getByTestId("comments").locator("li")).toHaveCount(1);

  const comment = await db.comment.findFirstOrThrow({ where: { agreementId: agreement.id }, include: { mentions: true } });
  expect(comment).toMatchObject({ authorId: editor.id, body: `Please check the ferry schedule, @${mentioned.name} at the latest before Friday.` });
  expect(comment.mentions.map((m) => m.userId)).toEqual([mentioned.id]);
  expect(await db.auditEvent.count({ where: { entityId: comment.id, action: "comment.create", actorId: editor.id } })).toBe(1);
  const notifications = await db.notification.findMany({ where: { commentId: comment.id } });
  // The mentioned person gets the mention only; the other follower the comment; the author nothing.
  expect(notifications.map((n) => [n.userId, n.kind]).sort()).toEqual([[follower.id, "comment"], [mentioned.id, "mention"]].sort());
  const outbox = await db.outboxMessage.findMany({ where: { notificationId: { in: notifications.map((n) => n.id) } } });
  // By default a mention is mailed at once and a comment waits for the digest.
  expect(outbox.map((o) => o.userId)).toEqual([mentioned.id]);

  const reader = await signedIn(browser, mentioned);
  await expect(reader.getByTestId("unread-count")).toHaveText("1");
  await reader.getByTestId("notifications-link").click();
  const entry = reader.locator(`[data-notification="${notifications.find((n) => n.userId === mentioned.id)?.id}"]`);
  await expect(entry).toHaveAttribute("data-read", "false");
  await entry.getByRole("link", { name: `${editor.name} mentioned you in a comment on ${agreement.reference}` }).click();
  await expect(reader).toHaveURL(new RegExp(`/agreements/${agreement.reference}#comment-${comment.id}$`));
  await expect(reader.locator(`#comment-${comment.id}`)).toContainText("before Friday.");
  await expect(reader.getByTestId("unread-count")).toHaveCount(0);
  await expect(reader.getByTestId("notifications-link")).toHaveAttribute("data-unread", "0");
  expect((await db.notification.findFirstOrThrow({ where: { userId: mentioned.id, commentId: comment.id } })).readAt).not.toBeNull();
});

test("markup stays text, links are clickable, empty and over-long comments are refused", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const agreement = await createTestAgreement({ lead: SOCAR });
  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);

  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator("#new-comment-error")).toHaveText("Write something before posting.");
  await commentBox(page).fill("x".repeat(5001));
  await expect(page.getByTestId("comment-counter")).toHaveText("5,001 of 5,000 characters");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator("#new-comment-error")).toHaveText("A comment has at most 5,000 characters.");
  expect(await db.comment.count({ where: { agreementId: agreement.id } })).toBe(0);

  await postComment(page, `<b>bold</b> <script>alert(1)</script> see https://example.org/plan. and javascript:alert(2)`);
  const body = page.getByTestId("comment-body");
  await expect(body).toContainText("<b>bold</b> <script>alert(1)</script> see");
  await expect(body.locator("b, script")).toHaveCount(0);
  await expect(body.getByRole("link")).toHaveCount(1);
  await expect(body.getByRole("link", { name: "https://example.org/plan" })).toHaveAttribute("href", "https://example.org/plan");
  expect((await db.comment.findFirstOrThrow({ where: { agreementId: agreement.id } })).body).toContain("<b>bold</b>");
});

test("the author edits within the window ('edited' shows), then withdraws with a reason the thread shows", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const agreement = await createTestAgreement({ lead: SOCAR });
  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);
  await postComment(page, "First draft of the note");
  const item = page.getByTestId("comments").locator("li").first();
  await item.getByRole("button", { name: "Edit" }).click();
  await item.getByRole("combobox", { name: "Your comment" }).fill("Corrected note");
  await item.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("comment-edited")).toHaveText("· edited");
  await expect(page.getByTestId("comment-body")).toHaveText("Corrected note");

  const comment = await db.comment.findFirstOrThrow({ where: { agreementId: agreement.id } });
  expect(comment).toMatchObject({ body: "Corrected note", version: 2 });
  expect(comment.editedAt).not.toBeNull();

  const row = page.getByTestId("comments").locator("li").first();
  await row.getByRole("button", { name: "Withdraw" }).click();
  await row.getByRole("button", { name: "Withdraw comment" }).click();
  await expect(row.locator(`#comment-${comment.id}-reason-error`)).toHaveText("Say why the comment is withdrawn.");
  await row.getByLabel("Reason for withdrawing").fill("Posted on the wrong agreement");
  await row.getByRole("button", { name: "Withdraw comment" }).click();
  await expect(page.getByTestId("comment-withdrawn")).toHaveText(`Withdrawn by ${editor.name}: Posted on the wrong agreement`);
  await expect(page.getByTestId("comment-body")).toHaveCount(0);
  await expect(page.getByText("Corrected note")).toHaveCount(0);

  const withdrawn = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
  expect(withdrawn).toMatchObject({ withdrawnById: editor.id, withdrawReason: "Posted on the wrong agreement", body: "Corrected note" });
  const audit = await db.auditEvent.findMany({ where: { entityId: comment.id }, orderBy: { createdAt: "asc" } });
  expect(audit.map((a) => a.action)).toEqual(["comment.create", "comment.update", "comment.withdraw"]);
  expect(JSON.parse(audit[2].before ?? "{}")).toEqual({ body: "Corrected note" });
});

test("after 15 minutes the author can no longer edit, and the server refuses a forged edit", async ({ page }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const agreement = await createTestAgreement({ lead: SOCAR });
  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);
  await postComment(page, "Time-boxed note");
  const item = page.getByTestId("comments").locator("li").first();
  await item.getByRole("button", { name: "Edit" }).click();
  await item.getByRole("combobox", { name: "Your comment" }).fill("Too late");
  const comment = await db.comment.findFirstOrThrow({ where: { agreementId: agreement.id } });
  // The form was opened in time; the clock moves past the window before it is saved.
  await db.comment.update({ where: { id: comment.id }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
  await item.getByRole("button", { name: "Save" }).click();
  await expect(item).toContainText("A comment can be edited for 15 minutes after posting; that time is over.");
  expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe("Time-boxed note");
  await page.reload();
  await expect(page.getByTestId("comments").getByRole("button", { name: "Edit" })).toHaveCount(0);
});

test("a viewer reads the discussion but has no form, and the server refuses a forged comment and a non-reader mention", async ({ page, browser }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const viewer = await createTestUser("viewer");
  const gone = await createTestUser("editor", { name: `Departed ${uniqueSuffix()}` });
  await db.user.update({ where: { id: gone.id }, data: { active: false } });
  const agreement = await createTestAgreement({ lead: SOCAR });

  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);
  await commentBox(page).fill("Visible to everyone");
  const action = await captureServerAction(page, isCommentPost, () => page.getByRole("button", { name: "Post comment" }).click());
  await expect(page.getByTestId("comment-form-message")).toHaveText("Comment posted.");

  // A mention of someone who may not read the agreement (a deactivated account) is refused.
  const args = JSON.parse(action.body) as [{ body: string; mentions: { id: string; name: string }[] }];
  args[0].body = `Ask @${gone.name}`;
  args[0].mentions = [{ id: gone.id, name: gone.name }];
  const refused = await replayServerAction(page, action, JSON.stringify(args));
  expect(await refused.text()).toContain("comments.errors.mentionNotAllowed");

  const reader = await signedIn(browser, viewer);
  await reader.goto(`/agreements/${agreement.reference}`);
  await expect(reader.getByTestId("comment-body")).toHaveText("Visible to everyone");
  await expect(reader.getByTestId("comments-read-only")).toBeVisible();
  await expect(reader.getByRole("combobox", { name: "Your comment" })).toHaveCount(0);
  const forged = await replayServerAction(reader, action, action.body.replace("Visible to everyone", "Forged by a viewer"));
  expect(await forged.text()).toContain("errors.forbidden");

  const comments = await db.comment.findMany({ where: { agreementId: agreement.id } });
  expect(comments.map((c) => c.body)).toEqual(["Visible to everyone"]);
  expect(await db.commentMention.count({ where: { userId: gone.id } })).toBe(0);
  expect(await db.notification.count({ where: { userId: gone.id } })).toBe(0);
});

test("another person's notification id is a 404 and changes nothing", async ({ page }) => {
  const owner = await createTestUser("editor", { organizationName: SOCAR });
  const other = await createTestUser("viewer");
  const agreement = await createTestAgreement({ lead: SOCAR });
  const notification = await db.notification.create({ data: { userId: owner.id, kind: "comment", agreementId: agreement.id, data: "{}" } });
  await signIn(page, other);
  const response = await page.goto(`/notifications/${notification.id}`);
  expect(response?.status()).toBe(404);
  expect((await page.request.get(`/notifications/not-an-id`)).status()).toBe(404);
  expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeNull();
});

test("followers hear of a status update: an alert when it turns at risk; the author hears nothing; mark all read", async ({ page, browser }) => {
  const editor = await createTestUser("editor", { organizationName: SOCAR });
  const watcher = await createTestUser("viewer");
  const agreement = await createTestAgreement({ lead: SOCAR });

  const watching = await signedIn(browser, watcher);
  await watching.goto(`/agreements/${agreement.reference}`);
  await expect(watching.getByTestId("follower-count")).toHaveText("No followers");
  await watching.getByRole("button", { name: "Follow" }).click();
  await expect(watching.getByRole("button", { name: "Unfollow" })).toHaveAttribute("aria-pressed", "true");
  await expect(watching.getByTestId("follower-count")).toHaveText("1 follower");
  expect(await db.agreementFollower.findUniqueOrThrow({ where: { agreementId_userId: { agreementId: agreement.id, userId: watcher.id } } })).toMatchObject({ reason: "manual", unfollowedAt: null });
  expect(await db.auditEvent.count({ where: { agreementId: agreement.id, action: "agreement.follow", actorId: watcher.id } })).toBe(1);

  await signIn(page, editor);
  await page.goto(`/agreements/${agreement.reference}`);
  await page.getByRole("button", { name: "Follow" }).click();
  await expect(page.getByTestId("follower-count")).toHaveText("2 followers");
  const form = page.getByTestId("status-update-form");
  await form.getByLabel("Status", { exact: true }).selectOption({ label: "At risk" });
  await form.getByLabel("Progress (%)").fill("30");
  await form.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByTestId("status-update-message")).toHaveText("Status update posted.");
  await expect.poll(() => db.statusUpdate.count({ where: { agreementId: agreement.id } })).toBe(2);
  // A fresh copy of the form, based on the version the first update left.
  await page.reload();
  await form.getByLabel("Progress (%)").fill("35");
  await form.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByTestId("status-update-message")).toHaveText("Status update posted.");

  const sent = await db.notification.findMany({ where: { agreementId: agreement.id }, orderBy: { createdAt: "asc" } });
  expect(sent.map((n) => [n.userId, n.kind])).toEqual([[watcher.id, "status_alert"], [watcher.id, "status_update"]]);
  const outbox = await db.outboxMessage.findMany({ where: { notificationId: { in: sent.map((n) => n.id) } } });
  expect(outbox.map((o) => o.notificationId)).toEqual([sent[0].id]);

  await watching.goto("/notifications");
  await expect(watching.getByTestId("unread-count")).toHaveText("2");
  await expect(watching.getByTestId("notifications").locator("li").first()).toHaveAttribute("data-kind", "status_update");
  await watching.getByRole("button", { name: "Mark all read" }).click();
  await expect(watching.getByTestId("unread-count")).toHaveCount(0);
  expect(await db.notification.count({ where: { userId: watcher.id, readAt: null } })).toBe(0);
});
