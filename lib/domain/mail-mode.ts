/** How mail leaves: SMTP when SMTP_URL is set, else .eml files when MAIL_DIR is set, else not at all. */
export type MailMode = "smtp" | "file" | "off";

export function mailMode(settings: { SMTP_URL?: string; MAIL_DIR?: string }): MailMode {
  if (settings.SMTP_URL) return "smtp";
  if (settings.MAIL_DIR) return "file";
  return "off";
}
