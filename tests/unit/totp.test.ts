import { describe, expect, it } from "vitest";
import {
  acceptedTotpStep,
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpCodeForStep,
  totpStepAt,
  totpUri,
} from "@/lib/domain/totp";

const AUTH_SECRET = "unit-test-secret-0123456789-0123456789";
// RFC 6238's SHA-1 test key ("12345678901234567890"), in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes", () => {
  it("match RFC 6238's test vectors", () => {
    expect(totpCodeForStep(RFC_SECRET, totpStepAt(new Date(59_000)))).toBe("287082");
    expect(totpCodeForStep(RFC_SECRET, totpStepAt(new Date(1_111_111_109_000)))).toBe("081804");
  });

  const now = new Date("2026-12-06T12:00:10Z");
  const step = totpStepAt(now);
  const code = (s: number) => totpCodeForStep(RFC_SECRET, s);

  it("accept the current step and one either side for clock drift, nothing further", () => {
    expect(acceptedTotpStep(code(step), RFC_SECRET, now, null)).toBe(step);
    expect(acceptedTotpStep(code(step - 1), RFC_SECRET, now, null)).toBe(step - 1);
    expect(acceptedTotpStep(code(step + 1), RFC_SECRET, now, null)).toBe(step + 1);
    expect(acceptedTotpStep(code(step - 2), RFC_SECRET, now, null)).toBeNull();
    expect(acceptedTotpStep(code(step + 2), RFC_SECRET, now, null)).toBeNull();
  });

  it("never accept a step at or before the last accepted one (no replay, no older code)", () => {
    expect(acceptedTotpStep(code(step), RFC_SECRET, now, step)).toBeNull();
    expect(acceptedTotpStep(code(step - 1), RFC_SECRET, now, step)).toBeNull();
    expect(acceptedTotpStep(code(step + 1), RFC_SECRET, now, step)).toBe(step + 1);
    expect(acceptedTotpStep(code(step), RFC_SECRET, now, step - 1)).toBe(step);
  });

  it("refuse malformed and wrong codes, tolerate spaces", () => {
    const right = code(step);
    expect(acceptedTotpStep(`${right.slice(0, 3)} ${right.slice(3)}`, RFC_SECRET, now, null)).toBe(step);
    expect(acceptedTotpStep("12345", RFC_SECRET, now, null)).toBeNull();
    expect(acceptedTotpStep("abcdef", RFC_SECRET, now, null)).toBeNull();
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(acceptedTotpStep(wrong, RFC_SECRET, now, null)).toBeNull();
  });

  it("give authenticator apps an otpauth URI with the issuer and account", () => {
    const uri = totpUri(RFC_SECRET, "admin@accord.test");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Accord:admin%40accord\.test\?/);
    expect(uri).toContain(`secret=${RFC_SECRET}`);
  });
});

describe("the secret at rest", () => {
  it("round-trips through AES-GCM, differs on every encryption, and refuses another key or a change", () => {
    const secret = newTotpSecret();
    const a = encryptTotpSecret(secret, AUTH_SECRET);
    const b = encryptTotpSecret(secret, AUTH_SECRET);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(decryptTotpSecret(a, AUTH_SECRET)).toBe(secret);
    expect(() => decryptTotpSecret(a, `${AUTH_SECRET}-other`)).toThrow();
    const [v, iv, tag, sealed] = a.split(":");
    const flipped = Buffer.from(sealed, "base64");
    flipped[0] ^= 1;
    expect(() => decryptTotpSecret([v, iv, tag, flipped.toString("base64")].join(":"), AUTH_SECRET)).toThrow();
  });
});

describe("recovery codes", () => {
  it("are ten distinct, readable codes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it("hash the same however typed, differently per installation, never as the code itself", () => {
    const [code] = newRecoveryCodes(1);
    const hash = hashRecoveryCode(code, AUTH_SECRET);
    expect(hashRecoveryCode(code.toLowerCase().replace("-", " "), AUTH_SECRET)).toBe(hash);
    expect(hashRecoveryCode(code, `${AUTH_SECRET}-other`)).not.toBe(hash);
    expect(hash).not.toContain(code.replace("-", ""));
    expect(looksLikeRecoveryCode(code)).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
