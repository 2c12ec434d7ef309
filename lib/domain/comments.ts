// Rules of an agreement's discussion, free of the database and of React so that the form, the
// server and the tests share them.

export const COMMENT_MAX = 5000;
export const WITHDRAW_REASON_MAX = 500;
/** An author may correct a comment for this long; after that it stands as written. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export function withinEditWindow(createdAt: Date, now: Date): boolean {
  const age = now.getTime() - createdAt.getTime();
  return age >= 0 && age <= COMMENT_EDIT_WINDOW_MS;
}

/** Whether this person may still edit this comment now (its author, within the window, not withdrawn). */
export function canEditComment(
  comment: { authorId: string; createdAt: Date; withdrawnAt: Date | null },
  userId: string,
  now: Date,
): boolean {
  return comment.authorId === userId && comment.withdrawnAt === null && withinEditWindow(comment.createdAt, now);
}

export type BodySegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// Only http and https become links (never javascript:, data: or mailto:); the rest stays text.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence rather than the address ("see https://x.org/a.").
const TRAILING = /[.,;:!?)\]}'"]+$/;

/** A comment's body cut into plain text and links, for rendering as text (never as HTML). */
export function linkify(body: string): BodySegment[] {
  const out: BodySegment[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const href = raw.replace(TRAILING, "");
    const start = match.index;
    if (!isHttpUrl(href)) continue;
    if (start > last) out.push({ kind: "text", text: body.slice(last, start) });
    out.push({ kind: "link", text: href, href });
    last = start + href.length;
  }
  if (last < body.length) out.push({ kind: "text", text: body.slice(last) });
  return out;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export type MentionCandidate = { id: string; name: string };

/**
 * The people a comment mentions: those picked in the form whose "@Name" is still in the body (a
 * mention typed and then deleted is no mention). Each person once.
 */
export function mentionedIn(body: string, picked: readonly MentionCandidate[]): string[] {
  const ids = new Set<string>();
  for (const person of picked) {
    if (person.name && body.includes(`@${person.name}`)) ids.add(person.id);
  }
  return [...ids];
}

/**
 * The text after the "@" the caret is in, if the caret is in a mention being typed: "@" at the
 * start or after a space, then up to 40 characters with at most two spaces.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  if (at > 0 && !/\s/.test(before[at - 1] ?? "")) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /\n/.test(query) || (query.match(/ /g)?.length ?? 0) > 2) return null;
  return { start: at, query };
}
