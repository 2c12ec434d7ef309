import type { Locale } from "../i18n/locales";
import type { Messages } from "../i18n/catalog";
import type { NotificationKind } from "../domain/notification-kinds";
import { escapeHtml, footerHtml, footerText, formatDay, formatInstant, layout, mailTranslator, type MailLinks, type RenderedMail } from "./render";

/** A digest as computed by the worker (lib/notify/digest.ts) and stored in its outbox row. */
export type DigestPayload = {
  frequency: "weekly" | "daily";
  periodStart: string;
  since: string;
  dueSoonDays: number;
  staleAfterDays: number;
  overdue: DigestMilestone[];
  overdueTotal: number;
  dueSoon: DigestMilestone[];
  dueSoonTotal: number;
  stale: { reference: string; title: string; lastUpdateAt: string | null }[];
  staleTotal: number;
  changes: DigestChange[];
  changesTotal: number;
};
export type DigestMilestone = { milestoneId: string; reference: string; title: string; dueDate: string };
export type DigestChange = {
  kind: NotificationKind;
  reference: string;
  title: string;
  actorName: string | null;
  milestone: string | null;
  dueDate: string | null;
  status: string | null;
};

/** Each list shows at most this many lines, then "and N more" with a link to the app. */
export const DIGEST_LIST_MAX = 20;

type Input = { locale: Locale; timeZone: string; recipientName: string; appUrl: string; digest: DigestPayload; links: MailLinks; messages?: Messages };

export function renderDigestMail({ locale, timeZone, recipientName, appUrl, digest, links, messages }: Input): RenderedMail {
  const t = mailTranslator(locale, messages);
  const day = (iso: string) => formatDay(locale, new Date(iso));
  const agreementUrl = (reference: string) => `${appUrl}/agreements/${encodeURIComponent(reference)}`;
  const sections: { heading: string; lines: { text: string; url: string }[]; more: number }[] = [];
  const milestoneLines = (list: DigestMilestone[]) =>
    list.map((m) => ({
      text: t("mail.digest.milestoneLine", { reference: m.reference, milestone: m.title, due: day(m.dueDate) }),
      url: `${agreementUrl(m.reference)}#milestone-${m.milestoneId}`,
    }));
  if (digest.overdueTotal > 0) {
    sections.push({ heading: t("mail.digest.overdueHeading"), lines: milestoneLines(digest.overdue), more: digest.overdueTotal - digest.overdue.length });
  }
  if (digest.dueSoonTotal > 0) {
    sections.push({
      heading: t("mail.digest.dueSoonHeading", { days: digest.dueSoonDays }),
      lines: milestoneLines(digest.dueSoon),
      more: digest.dueSoonTotal - digest.dueSoon.length,
    });
  }
  if (digest.staleTotal > 0) {
    sections.push({
      heading: t("mail.digest.staleHeading", { days: digest.staleAfterDays }),
      lines: digest.stale.map((a) => ({
        text: t("mail.digest.staleLine", {
          reference: a.reference,
          title: a.title,
          since: a.lastUpdateAt ? formatInstant(locale, new Date(a.lastUpdateAt), timeZone) : t("mail.neverUpdated"),
        }),
        url: agreementUrl(a.reference),
      })),
      more: digest.staleTotal - digest.stale.length,
    });
  }
  if (digest.changesTotal > 0) {
    sections.push({
      heading: t("mail.digest.changesHeading"),
      lines: digest.changes.map((c) => ({
        text: t(`mail.kind.${c.kind}.subject`, {
          actor: c.actorName ?? t("mail.someone"),
          reference: c.reference,
          title: c.title,
          milestone: c.milestone ?? "",
          due: c.dueDate ? day(c.dueDate) : "",
          status: c.status && isStatusKey(c.status) ? t(`status.${c.status}`) : (c.status ?? ""),
          since: t("mail.neverUpdated"),
        }),
        url: agreementUrl(c.reference),
      })),
      more: digest.changesTotal - digest.changes.length,
    });
  }

  const subject = t("mail.digest.subject", { frequency: digest.frequency });
  const intro = t("mail.digest.intro", { since: formatInstant(locale, new Date(digest.since), timeZone) });
  const moreText = (n: number) => t("mail.digest.more", { count: n });
  const text = [
    t("mail.greeting", { name: recipientName }),
    "",
    intro,
    ...sections.flatMap((s) => ["", s.heading, ...s.lines.map((l) => `- ${l.text}\n  ${l.url}`), ...(s.more > 0 ? [moreText(s.more)] : [])]),
    "",
    ...footerText(t, "digest", links),
  ].join("\n");
  const html = layout(
    subject,
    [
      `<p>${escapeHtml(t("mail.greeting", { name: recipientName }))}</p>`,
      `<p>${escapeHtml(intro)}</p>`,
      ...sections.map(
        (s) =>
          `<h2 style="font-size:16px;margin:20px 0 6px">${escapeHtml(s.heading)}</h2><ul>${s.lines
            .map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a></li>`)
            .join("")}${s.more > 0 ? `<li>${escapeHtml(moreText(s.more))}</li>` : ""}</ul>`,
      ),
    ].join("\n"),
    footerHtml(t, "digest", links),
  );
  return { subject, text, html };
}

const isStatusKey = (s: string): s is "not_started" | "on_track" | "at_risk" | "delayed" | "completed" | "suspended" =>
  ["not_started", "on_track", "at_risk", "delayed", "completed", "suspended"].includes(s);
