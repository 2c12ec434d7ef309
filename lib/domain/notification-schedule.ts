// When digests are due, in the person's own time zone. Pure functions of (now, zone): the worker
// and the tests agree on what "Monday morning in Baku" is. Due dates are UTC calendar days
// (lib/domain/rollups.ts), reminders count in those; only digests follow the person's clock.
import type { DigestFrequency } from "./notification-kinds";

/** Local hour a digest goes out (Monday for weekly, every day for daily). */
export const DIGEST_HOUR = 8;
/**
 * A period's digest is computed only in the first hours after it starts: a worker that was down
 * longer skips that one and the next digest covers everything since the last one sent (nothing is
 * lost), rather than mailing a "Monday morning" digest on Monday night.
 */
export const DIGEST_WINDOW_HOURS = 6;
const HOUR_MS = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(value: string): boolean {
  try {
    formatter(value);
    return true;
  } catch {
    return false;
  }
}

/** A zone the database may hold that this runtime does not know counts as UTC. */
export const safeTimeZone = (value: string | null | undefined) => (value && isTimeZone(value) ? value : "UTC");

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Offset of the zone from UTC at that instant, in ms (Baku: +4 h). */
function offsetAt(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a local wall-clock time happens in the zone. Twice corrected so that a day on which
 * the offset changes (DST) lands on the offset in force at that local time; a time skipped by a
 * spring-forward gap resolves to the instant just after the gap.
 */
export function zonedTime(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  const first = guess - offsetAt(new Date(guess), timeZone);
  const second = guess - offsetAt(new Date(first), timeZone);
  return new Date(second);
}

/**
 * Start of the digest period that contains `now`: the latest Monday 08:00 (weekly) or 08:00
 * (daily), local time, at or before now.
 */
export function digestPeriodStart(now: Date, timeZone: string, frequency: Exclude<DigestFrequency, "off">): Date {
  const local = localParts(now, timeZone);
  // Calendar arithmetic on the local date, done in UTC where days are all 24 h long.
  const localDate = new Date(Date.UTC(local.year, local.month - 1, local.day));
  const back = frequency === "weekly" ? (localDate.getUTCDay() + 6) % 7 : 0; // days since Monday
  for (let extra = 0; extra <= 7; extra += frequency === "weekly" ? 7 : 1) {
    const d = new Date(localDate.getTime() - (back + extra) * 86_400_000);
    const start = zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), DIGEST_HOUR, timeZone);
    if (start.getTime() <= now.getTime()) return start;
  }
  throw new Error("unreachable: a period start always lies within the last eight days");
}

/** The period before, for the first digest a person gets ("since the last one"). */
export function previousPeriodStart(start: Date, timeZone: string, frequency: Exclude<DigestFrequency, "off">): Date {
  return digestPeriodStart(new Date(start.getTime() - 1), timeZone, frequency);
}

/** Whether the worker should compute this person's digest now (see DIGEST_WINDOW_HOURS). */
export function digestDue(now: Date, timeZone: string, frequency: DigestFrequency): Date | null {
  if (frequency === "off") return null;
  const start = digestPeriodStart(now, timeZone, frequency);
  return now.getTime() - start.getTime() < DIGEST_WINDOW_HOURS * HOUR_MS ? start : null;
}

/** yyyy-mm-dd of a UTC calendar day (due dates are stored as UTC midnights). */
export const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/** Zones for the preferences select: the ones our users live in first, then all the runtime knows. */
export const PREFERRED_TIME_ZONES = ["Asia/Baku", "Asia/Almaty", "Asia/Aqtau", "Asia/Qostanay", "UTC"] as const;
export function timeZoneOptions(): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const preferred = PREFERRED_TIME_ZONES.filter((z) => isTimeZone(z));
  return [...preferred, ...all.filter((z) => !(preferred as readonly string[]).includes(z))];
}
