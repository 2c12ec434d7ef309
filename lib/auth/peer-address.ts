import type { IncomingMessage } from "node:http";

/** Headers this app writes on every incoming request (instrumentation.ts); a client's own are overwritten. */
export const PEER_ADDRESS_HEADER = "x-accord-peer-address";
export const RECEIVED_FORWARDED_FOR_HEADER = "x-accord-received-forwarded-for";

/**
 * Records on the request, before Next.js reads it, the socket's address and the X-Forwarded-For
 * as received (Next fills that header from the socket only when it is absent, so afterwards the
 * two cannot be told apart). Patches the HTTP server's `emit` of "request": Next creates its
 * server before the instrumentation hook runs, but emits every request through the prototype.
 */
export function stampPeerAddresses(http: { Server: { prototype: { emit: (...args: never[]) => boolean } } }): void {
  const prototype = http.Server.prototype as unknown as {
    emit: (event: string | symbol, ...args: unknown[]) => boolean;
    __accordStamped?: boolean;
  };
  if (prototype.__accordStamped) return;
  prototype.__accordStamped = true;
  const emit = prototype.emit;
  prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stamp(args[0] as IncomingMessage);
    return emit.call(this, event, ...args);
  };
}

function stamp(request: IncomingMessage): void {
  const received = request.headers["x-forwarded-for"];
  request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
  request.headers[RECEIVED_FORWARDED_FOR_HEADER] = Array.isArray(received) ? received.join(",") : (received ?? "");
}
