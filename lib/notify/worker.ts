// The notification worker: computes the time-based reminders and digests, then delivers the due
// outbox rows. Runs as `npm run notify` (once, for cron, or looping) and as a child process of
// `npm start` / `npm run demo` (scripts/notify.ts). Any number of workers may run at once against
// one database: reminders and digests are deduplicated by key, deliveries claimed with a lease.
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Db } from "../prisma-client";
import type { MailTransport } from "../mail/transport";
import { MailSendError } from "../mail/transport";
import { claimDue, markFailed, markSent, release, type Channel } from "./outbox";
import { composeMail, NotSendable } from "./compose";
import { computeReminders, type ReminderCounts } from "./reminders";
import { computeDigests } from "./digest";
import { WebhookSendError, sendWebhook } from "./webhook-send";
import { computeOverdueWebhookEvents } from "./webhook-events";
import { extractPendingText, type ExtractionCounts } from "./document-text";
import { parsePayload, webhookSecretOf } from "../data/webhooks";
import { WEBHOOK_BACKOFF_MS } from "../domain/webhooks";

export type WorkerSettings = {
  appUrl: string;
  /** AUTH_SECRET: signs unsubscribe links (none: mail goes without them). */
  secret: string | undefined;
  staleAfterDays: number;
  /** WEBHOOKS_ALLOW_PRIVATE: webhooks may go to loopback and private addresses. */
  webhooksAllowPrivate?: boolean;
  /** Rows claimed per round. */
  batch?: number;
  clock?: () => Date;
  log?: (line: string) => void;
};

type Delivered = { sent: number; retried: number; failed: number };
export type RunSummary = ReminderCounts & Delivered & { digests: number; webhooks: Delivered & { overdue: number }; documents: ExtractionCounts };

export class NotifyWorker {
  /** Who holds a lease: visible in the outbox while a send is under way. */
  readonly owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private stopping = false;

  constructor(
    private readonly db: Db,
    private readonly transport: MailTransport,
    private readonly settings: WorkerSettings,
  ) {}

  private now = () => (this.settings.clock ?? (() => new Date()))();

  /** One full round: reminders, digests, then every due delivery. */
  async runOnce(): Promise<RunSummary> {
    const reminders = await computeReminders(this.db, this.now(), this.settings.staleAfterDays);
    // Digests are only worth computing when they can be sent.
    const digests = this.transport.kind === "off" ? 0 : await computeDigests(this.db, this.now(), this.settings.staleAfterDays);
    const overdue = await computeOverdueWebhookEvents(this.db, this.now());
    const delivered = await this.deliverDue();
    const webhooks = await this.deliverDue("webhook");
    // The text of new PDF and DOCX evidence, for the search: a batch per round.
    const documents = await extractPendingText(this.db);
    return { ...reminders, digests, ...delivered, webhooks: { ...webhooks, overdue }, documents };
  }


  /** Claims and sends due rows of a channel until none is left (or the worker is asked to stop). */
  async deliverDue(channel: Channel = "email"): Promise<Delivered> {
    const out = { sent: 0, retried: 0, failed: 0 };
    // Mail off: rows wait in the outbox (pending) until SMTP_URL is set; nothing is lost.
    if (channel === "email" && this.transport.kind === "off") return out;
    while (!this.stopping) {
      const ids = await claimDue(this.db, this.owner, this.now(), this.settings.batch ?? 50, channel);
      if (ids.length === 0) break;
      for (const id of ids) {
        if (this.stopping) {
          await release(this.db, id, this.owner);
          continue;
        }
        const result = channel === "email" ? await this.deliverOne(id) : await this.deliverWebhook(id);
        out[result]++;
      }
    }
    return out;
  }

  private async deliverWebhook(id: string): Promise<"sent" | "retried" | "failed"> {
    const row = await this.db.outboxMessage.findUniqueOrThrow({ where: { id }, include: { webhookEndpoint: true } });
    const payload = parsePayload(row.payload);
    let answer: { status: number; body: string };
    try {
      if (!row.webhookEndpoint || !payload) throw new WebhookSendError("not sent: the endpoint or the event is gone", true);
      if (!this.settings.secret) throw new WebhookSendError("not sent: AUTH_SECRET is not set (it opens the signing secret)", false);
      let secret: string;
      try {
        secret = webhookSecretOf(row.webhookEndpoint, this.settings.secret);
      } catch {
        throw new WebhookSendError("not sent: the signing secret cannot be opened (AUTH_SECRET changed?); make a new secret", true);
      }
      answer = await sendWebhook({
        url: row.webhookEndpoint.url,
        secret,
        eventId: payload.id,
        body: row.payload,
        now: this.now(),
        policy: { allowPrivate: this.settings.webhooksAllowPrivate ?? false },
      });
    } catch (error) {
      const failure =
        error instanceof WebhookSendError
          ? { message: error.message, permanent: error.permanent, response: error.response }
          : { message: error instanceof Error ? error.message : String(error), permanent: false, response: null };
      const outcome = await markFailed(this.db, id, this.owner, this.now(), failure, WEBHOOK_BACKOFF_MS);
      this.settings.log?.(`webhook ${id}: ${failure.message} (${outcome})`);
      return outcome === "failed" ? "failed" : "retried";
    }
    await markSent(this.db, id, this.owner, this.now(), answer);
    return "sent";
  }

  private async deliverOne(id: string): Promise<"sent" | "retried" | "failed"> {
    const row = await this.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    try {
      const mail = await composeMail(this.db, row, { appUrl: this.settings.appUrl, secret: this.settings.secret, now: this.now() });
      await this.transport.send(mail);
    } catch (error) {
      const failure =
        error instanceof NotSendable
          ? { message: error.message, permanent: true }
          : error instanceof MailSendError
            ? { message: error.message, permanent: error.permanent }
            : { message: error instanceof Error ? error.message : String(error), permanent: false };
      const outcome = await markFailed(this.db, id, this.owner, this.now(), failure);
      this.settings.log?.(`outbox ${id}: ${failure.message} (${outcome})`);
      return outcome === "failed" ? "failed" : "retried";
    }
    await markSent(this.db, id, this.owner, this.now());
    return "sent";
  }

  /** Ends the current send, gives back the rest of the batch, then the loop returns. */
  stop(): void {
    this.stopping = true;
    this.wake?.();
  }

  private wake?: () => void;

  /** Rounds every `intervalMs` until stop(). A failed round is logged and the next one tries again. */
  async loop(intervalMs: number): Promise<void> {
    while (!this.stopping) {
      try {
        const s = await this.runOnce();
        const w = s.webhooks;
        if (s.sent + s.retried + s.failed + s.digests + s.dueSoon + s.overdue + s.stale + w.sent + w.retried + w.failed + w.overdue + s.documents.extracted + s.documents.failed > 0) {
          this.settings.log?.(
            `notify: ${s.sent} sent, ${s.retried} to retry, ${s.failed} failed; reminders ${s.dueSoon} due soon, ${s.overdue} overdue, ${s.stale} stale; ${s.digests} digests; webhooks ${w.sent} sent, ${w.retried} to retry, ${w.failed} failed, ${w.overdue} overdue events; document text ${s.documents.extracted} extracted, ${s.documents.failed} failed`,
          );
        }
      } catch (error) {
        this.settings.log?.(`notify: round failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
