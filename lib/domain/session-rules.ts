import type { Role } from "./vocabulary";

/** lastSeenAt is written at most this often per session, so that a page view stays a read. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export type SessionTimes = {
  endedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
};

export type SessionRefusal = "ended" | "expired" | "idle";

/**
 * Why a session may no longer be used, or null while it may. The idle limit counts from the last
 * recorded activity, which may be up to SESSION_TOUCH_INTERVAL_MS older than the last request: an
 * idle session can end that much early, never late.
 */
export function sessionRefusal(session: SessionTimes, now: Date, idleMinutes: number): SessionRefusal | null {
  if (session.endedAt) return "ended";
  if (session.expiresAt.getTime() <= now.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000) return "idle";
  return null;
}

/** Whether this request should record activity (once a minute per session at most). */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS;
}

export const REQUIRE_2FA_VALUES = ["admins", "all", "none"] as const;
export type Require2fa = (typeof REQUIRE_2FA_VALUES)[number];

export function roleRequiresSecondFactor(role: Role, setting: Require2fa): boolean {
  return setting === "all" || (setting === "admins" && role === "admin");
}

/**
 * A session owes the second factor until it is passed in it, when the person has one set up or
 * their role requires one (then the only thing the session can do is set it up).
 */
export function secondFactorOwed(
  session: { secondFactorAt: Date | null },
  user: { role: Role; secondFactorEnabled: boolean },
  setting: Require2fa,
): boolean {
  if (session.secondFactorAt) return false;
  return user.secondFactorEnabled || roleRequiresSecondFactor(user.role, setting);
}

export type Device = { browser: string | null; os: string | null };

const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, "Edge"],
  [/\b(OPR|Opera)\//, "Opera"],
  [/\bYaBrowser\//, "Yandex Browser"],
  [/\b(Firefox|FxiOS)\//, "Firefox"],
  [/\b(HeadlessChrome|Chrome|CriOS|Chromium)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
  [/\bcurl\//, "curl"],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\b(iPhone|iPad|iPod)\b/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

/** The browser and system named in a User-Agent, in the words people use ("Chrome", "Windows"). */
export function describeDevice(userAgent: string): Device {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  const os = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  return { browser, os };
}
