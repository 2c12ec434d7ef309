import { describe, expect, it } from "vitest";
import { REQUIRE_2FA_SETTINGS } from "@/lib/env";
import {
  REQUIRE_2FA_VALUES,
  SESSION_TOUCH_INTERVAL_MS,
  describeDevice,
  roleRequiresSecondFactor,
  secondFactorOwed,
  sessionRefusal,
  shouldTouch,
} from "@/lib/domain/session-rules";

const now = new Date("2026-12-06T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const open = { endedAt: null, expiresAt: new Date(now.getTime() + 3_600_000), lastSeenAt: minutesAgo(5) };

describe("sessionRefusal", () => {
  it("accepts an open, unexpired, recently used session", () => {
    expect(sessionRefusal(open, now, 60)).toBeNull();
  });
  it("refuses an ended session whatever its times", () => {
    expect(sessionRefusal({ ...open, endedAt: minutesAgo(1) }, now, 60)).toBe("ended");
  });
  it("refuses a session at and after its absolute expiry", () => {
    expect(sessionRefusal({ ...open, expiresAt: now }, now, 60)).toBe("expired");
    expect(sessionRefusal({ ...open, expiresAt: minutesAgo(1) }, now, 60)).toBe("expired");
  });
  it("refuses a session idle longer than the setting, not one idle exactly that long", () => {
    expect(sessionRefusal({ ...open, lastSeenAt: minutesAgo(60) }, now, 60)).toBeNull();
    expect(sessionRefusal({ ...open, lastSeenAt: minutesAgo(61) }, now, 60)).toBe("idle");
    expect(sessionRefusal({ ...open, lastSeenAt: minutesAgo(61) }, now, 120)).toBeNull();
  });
});

describe("shouldTouch", () => {
  it("writes lastSeenAt at most once per interval", () => {
    expect(shouldTouch(now, now)).toBe(false);
    expect(shouldTouch(new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS + 1), now)).toBe(false);
    expect(shouldTouch(new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS), now)).toBe(true);
  });
});

describe("second factor", () => {
  it("accepts in REQUIRE_2FA exactly the values the rules know", () => {
    expect([...REQUIRE_2FA_SETTINGS].sort()).toEqual([...REQUIRE_2FA_VALUES].sort());
  });
  it("follows REQUIRE_2FA by role", () => {
    expect(roleRequiresSecondFactor("admin", "admins")).toBe(true);
    expect(roleRequiresSecondFactor("editor", "admins")).toBe(false);
    expect(roleRequiresSecondFactor("viewer", "all")).toBe(true);
    expect(roleRequiresSecondFactor("admin", "none")).toBe(false);
  });
  it("is owed until passed in this session when set up or required", () => {
    const pending = { secondFactorAt: null };
    expect(secondFactorOwed(pending, { role: "viewer", secondFactorEnabled: false }, "admins")).toBe(false);
    expect(secondFactorOwed(pending, { role: "viewer", secondFactorEnabled: true }, "none")).toBe(true);
    expect(secondFactorOwed(pending, { role: "admin", secondFactorEnabled: false }, "admins")).toBe(true);
    expect(secondFactorOwed({ secondFactorAt: now }, { role: "admin", secondFactorEnabled: true }, "all")).toBe(false);
  });
});

describe("describeDevice", () => {
  const cases: [string, string | null, string | null][] = [
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome", "Windows"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge", "Windows"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari", "macOS"],
    ["Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox", "Linux"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1", "Chrome", "iOS"],
    ["Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36", "Chrome", "Android"],
    ["curl/8.5.0", "curl", null],
    ["", null, null],
  ];
  it.each(cases)("%s", (ua, browser, os) => {
    expect(describeDevice(ua)).toEqual({ browser, os });
  });
});
