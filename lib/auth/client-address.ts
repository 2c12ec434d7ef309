import "server-only";
import { env } from "../env";
import { PEER_ADDRESS_HEADER, RECEIVED_FORWARDED_FOR_HEADER } from "./peer-address";

/**
 * The client's address from the hop chain, trusting the last `trustedProxies` hops.
 * `chain` is what X-Forwarded-For held when the request reached us, then the connection's own
 * (peer) address. Each trusted proxy appended the address it saw, so the client is the entry
 * `trustedProxies` places left of the peer. Entries further left were written by the client (or
 * by untrusted hops) and are never believed; a chain shorter than the trust means a proxy is
 * missing, and then the leftmost entry — the farthest we can see — is the best we can say.
 */
export function clientAddressFromChain(forwardedFor: string, peer: string, trustedProxies: number): string {
  const hops = forwardedFor
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const chain = peer ? [...hops, peer] : hops;
  if (chain.length === 0) return "";
  const index = Math.max(0, chain.length - 1 - trustedProxies);
  return normalize(chain[index]);
}

/**
 * The client's address for a request, by TRUSTED_PROXIES (README, "Settings").
 *
 * Next.js (16.4, base-server.js) sets `x-forwarded-for` to the socket address only when the
 * request has none (`??=`): a client that sends its own header replaces the socket address, which
 * route handlers and server actions cannot see otherwise. So instrumentation.ts stamps each
 * request, before Next handles it, with the socket address and the X-Forwarded-For it really
 * received (lib/auth/peer-address.ts), overwriting any header of those names the client sent.
 * Without the stamp (a server started another way), the address is "" unless proxies are
 * trusted: one shared bucket is safer than believing the client.
 */
export function clientAddressFrom(headers: Headers): string {
  const trusted = env().TRUSTED_PROXIES;
  const peer = headers.get(PEER_ADDRESS_HEADER);
  if (peer !== null) return clientAddressFromChain(headers.get(RECEIVED_FORWARDED_FOR_HEADER) ?? "", peer, trusted);
  if (trusted === 0) return "";
  // Next filled x-forwarded-for from the socket when it was absent; a trusted proxy always sends it.
  return clientAddressFromChain(headers.get("x-forwarded-for") ?? "", "", trusted - 1);
}

/** IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; count them as a.b.c.d. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1] : address).slice(0, 64);
}
