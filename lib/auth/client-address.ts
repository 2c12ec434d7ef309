import "server-only";

/**
 * The client's address as far as this app can know it. Route handlers and server actions see no
 * socket, so only X-Forwarded-For is available, and it is believed only as far as TRUSTED_PROXIES
 * says proxies in front of the app append to it: each trusted proxy appends the address it saw, so
 * the client is the entry that many places from the end. By default (0) a forged header is never
 * believed and the address is unknown ("").
 */
export function clientAddressFrom(headers: Headers): string {
  const trusted = Number(process.env.TRUSTED_PROXIES ?? 0);
  if (!Number.isInteger(trusted) || trusted <= 0) return "";
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return hops.length >= trusted ? (hops[hops.length - trusted] ?? "") : "";
}
