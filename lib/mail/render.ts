// Mail text in the recipient's language, from the message catalog (outside React: use-intl's
// createTranslator, the same ICU formatter next-intl uses in the app). Every value from the
// database goes into the HTML part through escapeHtml only.
import { createTranslator } from "use-intl/core";
import { MESSAGES, type Messages } from "../i18n/catalog";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import type { NotificationKind } from "../domain/notification-kinds";
import { isAgreementStatus } from "../domain/vocabulary";
import type { UnsubscribeTopic } from "../domain/unsubscribe-token";

export const mailLocale = (value: string | null | undefined): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/** `messages`: the catalog with the in-app review's corrections (lib/i18n/corrected-catalog.ts). */
export function mailTranslator(locale: Locale, messages: Messages = MESSAGES[locale]) {
  return createTranslator({ locale, messages });
}
export type MailTranslator = ReturnType<typeof mailTranslator>;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Due dates are UTC calendar days: shown as that day whatever the reader's zone. */
export const formatDay = (locale: Locale, day: Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(day);

export const formatInstant = (locale: Locale, instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(instant);

export type MailLinks = {
  /** The RFC 8058 one-click POST target (also opened by a click: it then asks to confirm). */
  unsubscribeUrl: string | null;
  preferencesUrl: string;
};

export type RenderedMail = { subject: string; text: string; html: string };

export type NotificationMailInput = {
  locale: Locale;
  timeZone: string;
  recipientName: string;
  kind: NotificationKind;
  actorName: string | null;
  agreement: { reference: string; title: string } | null;
  milestone: { title: string; dueDate: Date } | null;
  status: string | null;
  since: Date | null;
  itemUrl: string;
  links: MailLinks;
  messages?: Messages;
};

export function renderNotificationMail(input: NotificationMailInput): RenderedMail {
  const t = mailTranslator(input.locale, input.messages);
  const values = {
    actor: input.actorName ?? t("mail.someone"),
    reference: input.agreement?.reference ?? "",
    title: input.agreement?.title ?? "",
    milestone: input.milestone?.title ?? "",
    due: input.milestone ? formatDay(input.locale, input.milestone.dueDate) : "",
    status: input.status && isAgreementStatus(input.status) ? t(`status.${input.status}`) : (input.status ?? ""),
    since: input.since ? formatInstant(input.locale, input.since, input.timeZone) : t("mail.neverUpdated"),
  };
  const subject = t(`mail.kind.${input.kind}.subject`, values);
  const body = t(`mail.kind.${input.kind}.body`, values);
  const open = t("mail.openItem");
  const text = [t("mail.greeting", { name: input.recipientName }), "", body, "", `${open}: ${input.itemUrl}`, "", ...footerText(t, input.kind, input.links)].join("\n");
  const html = layout(
    subject,
    [
      `<p>${escapeHtml(t("mail.greeting", { name: input.recipientName }))}</p>`,
      `<p>${escapeHtml(body)}</p>`,
      `<p><a href="${escapeHtml(input.itemUrl)}">${escapeHtml(open)}</a></p>`,
    ].join("\n"),
    footerHtml(t, input.kind, input.links),
  );
  return { subject, text, html };
}

export function footerText(t: MailTranslator, topic: UnsubscribeTopic, links: MailLinks): string[] {
  return [
    "--",
    t("mail.footerWhy"),
    `${t("mail.preferences")}: ${links.preferencesUrl}`,
    ...(links.unsubscribeUrl ? [`${t("mail.unsubscribe", { topic: t(`mail.topic.${topic}`) })}: ${links.unsubscribeUrl}`] : []),
  ];
}

export function footerHtml(t: MailTranslator, topic: UnsubscribeTopic, links: MailLinks): string {
  const parts = [`<a href="${escapeHtml(links.preferencesUrl)}">${escapeHtml(t("mail.preferences"))}</a>`];
  if (links.unsubscribeUrl) {
    parts.push(
      `<a href="${escapeHtml(links.unsubscribeUrl)}">${escapeHtml(t("mail.unsubscribe", { topic: t(`mail.topic.${topic}`) }))}</a>`,
    );
  }
  return `<p>${escapeHtml(t("mail.footerWhy"))}</p><p>${parts.join(" · ")}</p>`;
}

export function layout(title: string, body: string, footer: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#0f172a;line-height:1.5;max-width:640px;margin:0 auto;padding:16px">
${body}
<hr style="border:none;border-top:1px solid #cbd5e1;margin:24px 0 8px">
<div style="font-size:12px;color:#475569">${footer}</div>
</body></html>`;
}
