// Webhooks: what they tell, how a delivery is signed, and where they may go.
//
// Signing follows the Standard Webhooks specification (standardwebhooks.com), so receivers can use
// its libraries: the headers webhook-id, webhook-timestamp and webhook-signature carry
// "v1,<base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`>", keyed with the base64 bytes after the
// secret's "whsec_" prefix. The timestamp is the attempt's: a receiver refuses old ones (replays).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { BlockList, isIP } from "node:net";

export { WEBHOOK_EVENTS, WEBHOOK_PING, type WebhookEvent, type WebhookEventType, type WebhookPayload } from "./webhook-events";

/** A receiver slower than this is treated as down (the attempt is retried later). */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Wait before the 2nd, 3rd... attempt: quick at first (a receiver restarting), then spaced out. */
export const WEBHOOK_BACKOFF_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 6 * 3_600_000, 24 * 3_600_000] as const;
/** How much of a receiver's answer is kept to show in the deliveries list. */
export const WEBHOOK_RESPONSE_KEEP = 1_000;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

function keyOf(secret: string): Buffer {
  if (!secret.startsWith("whsec_")) throw new Error("A webhook secret starts with whsec_");
  return Buffer.from(secret.slice("whsec_".length), "base64");
}

/** The webhook-signature header's value for one attempt. */
export function webhookSignature(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** What a receiver does: true when one of the header's signatures is this secret's. */
export function verifyWebhookSignature(secret: string, id: string, timestamp: number, body: string, header: string): boolean {
  const expected = Buffer.from(webhookSignature(secret, id, timestamp, body));
  return header.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

// ---------------------------------------------------------------------------------------------
// Where a webhook may go (SSRF). A URL's host is resolved and every address checked, when the
// endpoint is registered and again on every delivery, against the address the connection really
// uses (a name can be re-pointed inside the network after registration).

/** Never reachable, whatever the setting: cloud metadata services live on link-local addresses. */
const NEVER = new BlockList();
NEVER.addSubnet("169.254.0.0", 16, "ipv4");
NEVER.addSubnet("fe80::", 10, "ipv6");
NEVER.addSubnet("0.0.0.0", 8, "ipv4");
NEVER.addAddress("::", "ipv6");
NEVER.addSubnet("224.0.0.0", 3, "ipv4"); // multicast and reserved, up to 255.255.255.255
NEVER.addSubnet("ff00::", 8, "ipv6");

/** Inside the network: refused unless WEBHOOKS_ALLOW_PRIVATE=true (a receiver on the same host or LAN). */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24], // documentation ranges: nothing public answers there
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4");
}
PRIVATE.addAddress("::1", "ipv6");
PRIVATE.addSubnet("fc00::", 7, "ipv6");
PRIVATE.addSubnet("2001:db8::", 32, "ipv6");

export type AddressClass = "public" | "private" | "forbidden";

/** IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
export function classifyAddress(address: string): AddressClass {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? mapped[1]! : address;
  const family = isIP(ip);
  if (family === 0) return "forbidden";
  const type = family === 4 ? "ipv4" : "ipv6";
  if (NEVER.check(ip, type)) return "forbidden";
  if (PRIVATE.check(ip, type)) return "private";
  // NAT64 (64:ff9b::/96) carries an IPv4 address: judge that one.
  const nat64 = /^64:ff9b::([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (nat64) {
    const high = parseInt(nat64[1]!, 16);
    const low = parseInt(nat64[2]!, 16);
    return classifyAddress([high >> 8, high & 255, low >> 8, low & 255].join("."));
  }
  return "public";
}

export type TargetRefusal = "invalidUrl" | "notHttps" | "credentials" | "unresolvable" | "private" | "forbidden";

export type TargetPolicy = { allowPrivate: boolean };

/** The address check on its own: whether a connection to this address may be made. */
export function addressRefusal(address: string, policy: TargetPolicy): TargetRefusal | null {
  const kind = classifyAddress(address);
  if (kind === "forbidden") return "forbidden";
  if (kind === "private" && !policy.allowPrivate) return "private";
  return null;
}

/**
 * The URL on its own (no lookup): absolute http(s), no user:password in it. HTTPS is required
 * except to a private address that the setting allows (a test receiver, a service on the LAN);
 * that part is decided once the addresses are known (webhookTargetRefusal).
 */
export function parseWebhookUrl(raw: string): URL | TargetRefusal {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalidUrl";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "invalidUrl";
  if (url.username || url.password) return "credentials";
  if (!url.hostname) return "invalidUrl";
  return url;
}

export type Lookup = (hostname: string) => Promise<readonly string[]>;

/** Resolves the host and checks every address it has (one bad address is enough to refuse). */
export async function webhookTargetRefusal(raw: string, policy: TargetPolicy, lookup: Lookup): Promise<TargetRefusal | null> {
  const url = parseWebhookUrl(raw);
  if (!(url instanceof URL)) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: readonly string[];
  try {
    addresses = isIP(host) ? [host] : await lookup(host);
  } catch {
    return "unresolvable";
  }
  if (addresses.length === 0) return "unresolvable";
  for (const address of addresses) {
    const refusal = addressRefusal(address, policy);
    if (refusal) return refusal;
  }
  const allPrivate = addresses.every((a) => classifyAddress(a) === "private");
  if (url.protocol !== "https:" && !allPrivate) return "notHttps";
  return null;
}
