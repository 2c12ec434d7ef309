import { describe, expect, it } from "vitest";
import { createNonce, isHttpsRequest, pageCsp } from "@/lib/security/headers";

const directives = (csp: string) =>
  new Map(csp.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1)] as const));

describe("pageCsp", () => {
  it("allows scripts only by nonce in production: no unsafe-inline, no unsafe-eval", () => {
    const csp = directives(pageCsp({ nonce: "abc", dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc'"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("lets forms lead to the identity provider's origin only when single sign-on names one", () => {
    const csp = directives(pageCsp({ nonce: "n", dev: false, https: true, formTargets: ["https://login.example.gov"] }));
    expect(csp.get("form-action")).toEqual(["'self'", "https://login.example.gov"]);
  });

  it("adds unsafe-eval only under next dev, and upgrades requests only over HTTPS", () => {
    expect(directives(pageCsp({ nonce: "n", dev: true, https: false })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(pageCsp({ nonce: "n", dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("createNonce", () => {
  it("gives 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("isHttpsRequest", () => {
  it("ignores a client's X-Forwarded-Proto when no proxy is trusted", () => {
    expect(isHttpsRequest({ urlProtocol: "https:", forwardedProto: "https", trustedProxies: 0 })).toBe(false);
    expect(isHttpsRequest({ urlProtocol: "http:", forwardedProto: null, trustedProxies: 0 })).toBe(false);
    // Next reports https without the header only for a TLS connection to the app itself.
    expect(isHttpsRequest({ urlProtocol: "https:", forwardedProto: null, trustedProxies: 0 })).toBe(true);
  });

  it("behind trusted proxies, believes the value the outermost one wrote", () => {
    expect(isHttpsRequest({ urlProtocol: "https:", forwardedProto: "https", trustedProxies: 1 })).toBe(true);
    expect(isHttpsRequest({ urlProtocol: "http:", forwardedProto: "http", trustedProxies: 1 })).toBe(false);
    // A client's forged "https" ahead of what the one trusted proxy appended does not count.
    expect(isHttpsRequest({ urlProtocol: "https:", forwardedProto: "https, http", trustedProxies: 1 })).toBe(false);
    expect(isHttpsRequest({ urlProtocol: "https:", forwardedProto: "https, http", trustedProxies: 2 })).toBe(true);
    expect(isHttpsRequest({ urlProtocol: "https:", forwardedProto: "HTTPS", trustedProxies: 3 })).toBe(true);
  });
});
