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

  it("takes SQLITE_CACHE_MB as a whole number of MiB, 64 unless set", () => {
    expect(parseEnv({}).SQLITE_CACHE_MB).toBe(64);
    expect(parseEnv({ SQLITE_CACHE_MB: "256" }).SQLITE_CACHE_MB).toBe(256);
    expect(() => parseEnv({ SQLITE_CACHE_MB: "1" })).toThrow(/^SQLITE_CACHE_MB: expects at least 2 MiB/m);
    expect(() => parseEnv({ SQLITE_CACHE_MB: "lots" })).toThrow(/^SQLITE_CACHE_MB: expects a number of MiB/m);
  });

  it("takes TRUSTED_PROXIES as a whole number of proxies", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXIES: "-1" })).toThrow(/^TRUSTED_PROXIES: expects 0 or more/m);
    expect(() => parseEnv({ TRUSTED_PROXIES: "yes" })).toThrow(/^TRUSTED_PROXIES: expects a number of proxies/m);
  });

  it("takes smtp:// and smtps:// mail URLs and names SMTP_URL with what it expects otherwise", () => {
    expect(parseEnv({ SMTP_URL: "smtp://user:pass@mail.example.org:587" }).SMTP_URL).toBe("smtp://user:pass@mail.example.org:587");
    expect(parseEnv({ SMTP_URL: "smtps://mail.example.org" }).SMTP_URL).toBe("smtps://mail.example.org");
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    for (const bad of ["mail.example.org:587", "http://mail.example.org", "smtp://"]) {
      expect(() => parseEnv({ SMTP_URL: bad })).toThrow(/^SMTP_URL: expects "smtp:\/\/user:pass@host:587" or "smtps:/m);
    }
    expect(() => parseEnv({ MAIL_FROM: "not an address" })).toThrow(/^MAIL_FROM: expects an address/m);
    expect(parseEnv({ APP_URL: "https://accord.example.org/" }).APP_URL).toBe("https://accord.example.org");
    expect(() => parseEnv({ APP_URL: "accord" })).toThrow(/^APP_URL: /m);
    expect(() => parseEnv({ NOTIFY_WORKER: "no" })).toThrow(/^NOTIFY_WORKER: expects "on" or "off"/m);
  });
});
