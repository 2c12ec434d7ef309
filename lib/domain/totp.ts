// The second factor's cryptography: TOTP (RFC 6238) codes, the secret's encryption at rest and the
// recovery codes' hashing. Pure functions of their inputs (the app passes AUTH_SECRET), so the unit
// tests and the e2e support (which computes codes as an authenticator app would) use them too.
import { createHmac, hkdfSync, randomInt, timingSafeEqual } from "node:crypto";
import { openSecret, sealSecret } from "./secret-box";
import { HOTP, Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of the current one that are accepted, for clocks that drift. */
export const TOTP_DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;

const key = (authSecret: string, purpose: string) =>
  Buffer.from(hkdfSync("sha256", authSecret, "accord-second-factor", purpose, 32));

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string, issuer = "Accord"): string {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secret), digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS }).toString();
}

export function totpStepAt(time: Date): number {
  return Math.floor(time.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

export function totpCodeForStep(secret: string, step: number): string {
  return HOTP.generate({ secret: Secret.fromBase32(secret), counter: step, digits: TOTP_DIGITS });
}

/**
 * The time step a code belongs to, if it is valid now (the current step or one either side) and
 * newer than the last accepted one: a code, once accepted, can never be used again, nor can an
 * older one. Null otherwise.
 */
export function acceptedTotpStep(code: string, secret: string, now: Date, lastStep: number | null): number | null {
  const candidate = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(candidate)) return null;
  const current = totpStepAt(now);
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step++) {
    if (lastStep !== null && step <= lastStep) continue;
    const expected = Buffer.from(totpCodeForStep(secret, step));
    if (timingSafeEqual(expected, Buffer.from(candidate))) return step;
  }
  return null;
}

// Sealed under the salt and info the first version used, so that stored secrets stay readable.
const TOTP_SEAL = { salt: "accord-second-factor", info: "totp-secret" };

/** AES-256-GCM with a key derived from AUTH_SECRET: a copy of the database alone reveals no secret. */
export const encryptTotpSecret = (secret: string, authSecret: string): string => sealSecret(secret, authSecret, TOTP_SEAL);

/** Throws when the value was not sealed with this AUTH_SECRET (or was altered). */
export const decryptTotpSecret = (stored: string, authSecret: string): string => openSecret(stored, authSecret, TOTP_SEAL);

// No 0/O, 1/I/L: a code read from paper is typed back right.
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Ten codes like `7KQ4M-XR2PD`: 50 bits each, far beyond guessing within the sign-in lockout. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
  });
}

export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

export function looksLikeRecoveryCode(input: string): boolean {
  return normalizeRecoveryCode(input).length === 10;
}

/**
 * HMAC-SHA-256 with a pepper derived from AUTH_SECRET. The codes are random and long, so a slow
 * password hash would add nothing but a lookup that cannot use an index; the pepper keeps a copy of
 * the database alone from testing guesses at all.
 */
export function hashRecoveryCode(code: string, authSecret: string): string {
  return createHmac("sha256", key(authSecret, "recovery-code")).update(normalizeRecoveryCode(code)).digest("base64");
}
