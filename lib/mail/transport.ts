import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Env } from "../env";
import { mailMode } from "../domain/mail-mode";
import { smtpOptions, type SmtpTimeouts } from "./smtp-options";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Derived from the outbox row, so a message sent twice after a crash carries the same id. */
  messageId: string;
  headers?: Record<string, string>;
};

export type MailTransport = {
  /** smtp: SMTP_URL; file: .eml files into MAIL_DIR; off: mail is not configured. */
  kind: "smtp" | "file" | "off";
  /** Where mail goes, without credentials, for logs. */
  describe: string;
  send(mail: OutgoingMail): Promise<{ response: string }>;
  close(): void;
};

/** A failed send: the SMTP server's answer when there was one, and whether retrying can help. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

type MailSettings = Pick<Env, "SMTP_URL" | "MAIL_FROM" | "MAIL_DIR">;


export function createMailTransport(settings: MailSettings, timeouts: Partial<SmtpTimeouts> = {}): MailTransport {
  const mode = mailMode(settings);
  if (mode === "smtp") return smtpTransport(settings.SMTP_URL!, settings.MAIL_FROM, timeouts);
  if (mode === "file") return fileTransport(path.resolve(settings.MAIL_DIR!), settings.MAIL_FROM);
  return {
    kind: "off",
    describe: "off (no SMTP_URL)",
    send: () => Promise.reject(new MailSendError("mail is off: SMTP_URL is not set", false)),
    close: () => undefined,
  };
}

function smtpTransport(url: string, from: string, timeouts: Partial<SmtpTimeouts>): MailTransport {
  const transporter = nodemailer.createTransport(smtpOptions(url, timeouts));
  const safe = new URL(url);
  safe.username = "";
  safe.password = "";
  return {
    kind: "smtp",
    describe: safe.toString(),
    async send(mail) {
      try {
        const info = await transporter.sendMail(message(mail, from));
        return { response: String(info.response ?? "") };
      } catch (error) {
        throw asSendError(error);
      }
    },
    close: () => transporter.close(),
  };
}

function fileTransport(dir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "file",
    describe: dir,
    async send(mail) {
      const info = await transporter.sendMail(message(mail, from));
      fs.mkdirSync(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.messageId.replace(/[^A-Za-z0-9_-]/g, "")}.eml`;
      fs.writeFileSync(path.join(dir, name), info.message as Buffer);
      return { response: `written to ${path.join(dir, name)}` };
    },
    close: () => transporter.close(),
  };
}

function message(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: mail.headers,
  };
}

function asSendError(error: unknown): MailSendError {
  const e = error as { response?: string; responseCode?: number; code?: string; message?: string };
  const answer = e.response ?? [e.code, e.message].filter(Boolean).join(": ");
  // 5xx is the server's final word on this message (unknown mailbox, rejected content).
  const permanent = typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600;
  return new MailSendError(answer || "unknown error", permanent);
}
