import { describe, expect, it } from "vitest";
import { passwordSignInAllowed, ssoDecision } from "@/lib/domain/sign-in-methods";
import { signInMessageKey } from "@/app/(auth)/login/sign-in-messages";
import { parseEnv } from "@/lib/env";

describe("passwordSignInAllowed", () => {
  const off = { passwordSignIn: "off" as const, breakGlassAdmins: ["root@gov.az"] };

  it("lets everyone use a password while password sign-in is on", () => {
    expect(passwordSignInAllowed({ passwordSignIn: "on", breakGlassAdmins: [] }, "anyone@gov.az", "viewer")).toBe(true);
  });

  it("with password sign-in off, refuses everyone not named, admins included", () => {
    expect(passwordSignInAllowed(off, "other-admin@gov.az")).toBe(false);
    expect(passwordSignInAllowed(off, "other-admin@gov.az", "admin")).toBe(false);
  });

  it("lets a named break-glass admin in, whatever the case of the address", () => {
    expect(passwordSignInAllowed(off, " Root@Gov.AZ")).toBe(true);
    expect(passwordSignInAllowed(off, "root@gov.az", "admin")).toBe(true);
  });

  it("refuses a named address whose account is no longer an admin's", () => {
    expect(passwordSignInAllowed(off, "root@gov.az", "editor")).toBe(false);
  });
});

describe("ssoDecision", () => {
  it("signs in an active user with a verified e-mail", () => {
    expect(ssoDecision({ emailVerified: true, user: { active: true }, createUsers: "off" })).toEqual({ kind: "sign-in" });
  });

  it("refuses an unverified e-mail even for an existing user, and even when creating viewers", () => {
    expect(ssoDecision({ emailVerified: false, user: { active: true }, createUsers: "viewer" })).toEqual({ kind: "refuse", reason: "unverified" });
  });

  it("refuses a deactivated user, even when creating viewers", () => {
    expect(ssoDecision({ emailVerified: true, user: { active: false }, createUsers: "viewer" })).toEqual({ kind: "refuse", reason: "inactive" });
  });

  it("refuses an unknown person unless viewers may be created", () => {
    expect(ssoDecision({ emailVerified: true, user: null, createUsers: "off" })).toEqual({ kind: "refuse", reason: "unknown" });
    expect(ssoDecision({ emailVerified: true, user: null, createUsers: "viewer" })).toEqual({ kind: "create-viewer" });
  });
});

describe("signInMessageKey", () => {
  it("names our refusals and maps Auth.js's error codes", () => {
    expect(signInMessageKey({ sso: "inactive" })).toBe("sso.inactive");
    expect(signInMessageKey({ sso: "<script>" })).toBeNull();
    expect(signInMessageKey({ error: "Configuration" })).toBe("sso.failed");
    expect(signInMessageKey({ error: "OAuthCallbackError" })).toBe("sso.failed");
    expect(signInMessageKey({ error: "AccessDenied" })).toBe("sso.denied");
    expect(signInMessageKey({ error: "MissingCSRF" })).toBeNull();
    expect(signInMessageKey({})).toBeNull();
  });
});

describe("single sign-on settings", () => {
  const sso = { SSO_ISSUER: "https://login.gov.az/realms/staff", SSO_CLIENT_ID: "accord", SSO_CLIENT_SECRET: "s3cret" };

  it("takes the three together, with defaults for the rest", () => {
    expect(parseEnv(sso)).toMatchObject({ ...sso, SSO_CREATE_USERS: "off", PASSWORD_SIGNIN: "on", BREAK_GLASS_ADMINS: [] });
  });

  it("names what is missing when only some are set", () => {
    expect(() => parseEnv({ SSO_ISSUER: sso.SSO_ISSUER })).toThrow(/^SSO_CLIENT_ID: is required with the other SSO_ settings/m);
  });

  it("refuses a plain-http issuer unless it is on this machine", () => {
    expect(() => parseEnv({ ...sso, SSO_ISSUER: "http://login.gov.az/realms/staff" })).toThrow(/^SSO_ISSUER: expects https/m);
    expect(parseEnv({ ...sso, SSO_ISSUER: "http://127.0.0.1:4100" }).SSO_ISSUER).toBe("http://127.0.0.1:4100");
    expect(() => parseEnv({ ...sso, SSO_ISSUER: "not a url" })).toThrow(/^SSO_ISSUER: expects the identity provider's issuer URL/m);
  });

  it("switches password sign-in off only with single sign-on, and reads the break-glass list", () => {
    expect(() => parseEnv({ PASSWORD_SIGNIN: "off" })).toThrow(/^PASSWORD_SIGNIN: off needs single sign-on/m);
    const env = parseEnv({ ...sso, PASSWORD_SIGNIN: "off", BREAK_GLASS_ADMINS: " Root@gov.az, second@gov.az " });
    expect(env.BREAK_GLASS_ADMINS).toEqual(["root@gov.az", "second@gov.az"]);
    expect(() => parseEnv({ ...sso, BREAK_GLASS_ADMINS: "root" })).toThrow(/^BREAK_GLASS_ADMINS: expects comma-separated/m);
  });
});
