import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("fills defaults for development", () => {
    expect(parseEnv({})).toMatchObject({ DATABASE_URL: "file:./data/accord.db", SESSION_MAX_AGE_HOURS: 8, STALE_AFTER_DAYS: 30, READ_CACHE: "on", TRUSTED_PROXIES: 0 });
  });

  it("requires AUTH_SECRET in production and names it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: is required in production/);
  });

  it("rejects a short secret and a malformed database URL, one line each", () => {
    let message = "";
    try {
      parseEnv({ AUTH_SECRET: "short", DATABASE_URL: "mysql://x" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^AUTH_SECRET: expects a random string of at least 32 characters/m);
    expect(message).toMatch(/^DATABASE_URL: expects "file:/m);
  });

  it("rejects a non-numeric staleness setting", () => {
    expect(() => parseEnv({ STALE_AFTER_DAYS: "soon" })).toThrow(/STALE_AFTER_DAYS/);
  });

  it("takes READ_CACHE on or off only", () => {
    expect(parseEnv({ READ_CACHE: "off" }).READ_CACHE).toBe("off");
    expect(() => parseEnv({ READ_CACHE: "false" })).toThrow(/^READ_CACHE: expects "on" or "off"/m);
  });

  it("takes TRUSTED_PROXIES as a whole number of proxies", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXIES: "-1" })).toThrow(/^TRUSTED_PROXIES: expects 0 or more/m);
    expect(() => parseEnv({ TRUSTED_PROXIES: "yes" })).toThrow(/^TRUSTED_PROXIES: expects a number of proxies/m);
  });
});
