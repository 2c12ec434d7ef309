import type SMTPPool from "nodemailer/lib/smtp-pool";

/** How long a mail server may keep the worker waiting; a silent one delays its own mail only. */
export const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };
export type SmtpTimeouts = typeof SMTP_TIMEOUTS;

/**
 * SMTP_URL as nodemailer's pooled SMTP options. Nodemailer, given a URL, takes only what the URL
 * says and drops every other option, so the URL is read here and the timeouts and the pool (one
 * connection reused across a batch instead of a handshake per mail) are added to it.
 */
export function smtpOptions(url: string, timeouts: Partial<SmtpTimeouts> = {}): SMTPPool.Options {
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ""),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    ...(parsed.username ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } } : {}),
    pool: true,
    maxConnections: 2,
    ...SMTP_TIMEOUTS,
    ...timeouts,
  };
}
