// Secrets the server must read back (TOTP seeds, webhook signing keys) are sealed at rest with
// AES-256-GCM under a key derived from AUTH_SECRET for one purpose: a copy of the database alone
// reveals none of them, and a value sealed for one purpose never opens as another's.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export type SealPurpose = { salt: string; info: string };

const key = (authSecret: string, purpose: SealPurpose) => Buffer.from(hkdfSync("sha256", authSecret, purpose.salt, purpose.info, 32));

/** `v1:<iv>:<tag>:<ciphertext>`, base64 parts. */
export function sealSecret(value: string, authSecret: string, purpose: SealPurpose): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(authSecret, purpose), iv);
  const sealed = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), sealed.toString("base64")].join(":");
}

/** Throws when the value was not sealed with this AUTH_SECRET and purpose (or was altered). */
export function openSecret(stored: string, authSecret: string, purpose: SealPurpose): string {
  const [version, iv, tag, sealed] = stored.split(":");
  if (version !== "v1" || !iv || !tag || !sealed) throw new Error("Unrecognised sealed secret format");
  const decipher = createDecipheriv("aes-256-gcm", key(authSecret, purpose), Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64")), decipher.final()]).toString("utf8");
}
