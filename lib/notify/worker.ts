// The notification worker: computes the time-based reminders and digests, then delivers the due
// outbox rows. Runs as `npm run notify` (once, for cron, or looping) and as a child process of
// `npm start` / `npm run demo` (scripts/notify.ts). Any number of workers may run at once against
// one database: reminders and digests are deduplicated by key, deliveries claimed with a lease.
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Db } from "../prisma-client";
import type { MailTransport } from "../mail/transport";
import { MailSendError } from "../mail/transport";
import { claimDue, markFailed, markSent, release } from "./outbox";
import { composeMail, NotSendable } from "./compose";
import { computeReminders, type ReminderCounts } from "./reminders";
import { computeDigests } from "./digest";

export type WorkerSettings = {
  appUrl: string;
  /** AUTH_SECRET: signs unsubscribe links (none: mail goes without them). */
  secret: string | undefined;
  staleAfterDays: number;
  /** Rows claimed per round. */
  batch?: number;
  clock?: () => Date;
  log?: (line: string) => void;
};

export type RunSummary = ReminderCounts & { digests: number; sent: number; retried: number; failed: number };

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
    const delivered = await this.deliverDue();
    return { ...reminders, digests, ...delivered };
  }

  /** Claims and sends due rows until none is left (or the worker is asked to stop). */
  async deliverDue(): Promise<{ sent: number; retried: number; failed: number }> {
    const out = { sent: 0, retried: 0, failed: 0 };
    // Mail off: rows wait in the outbox (pending) until SMTP_URL is set; nothing is lost.
    if (this.transport.kind === "off") return out;
    while (!this.stopping) {
      const ids = await claimDue(this.db, this.owner, this.now(), this.settings.batch ?? 50);
      if (ids.length === 0) break;
      for (const id of ids) {
        if (this.stopping) {
          await release(this.db, id, this.owner);
          continue;
        }
        const result = await this.deliverOne(id);
        out[result]++;
      }
    }
    return out;
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
        if (s.sent + s.retried + s.failed + s.digests + s.dueSoon + s.overdue + s.stale > 0) {
          this.settings.log?.(
            `notify: ${s.sent} sent, ${s.retried} to retry, ${s.failed} failed; reminders ${s.dueSoon} due soon, ${s.overdue} overdue, ${s.stale} stale; ${s.digests} digests`,
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
