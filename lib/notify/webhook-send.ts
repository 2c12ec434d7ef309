// One webhook attempt: a signed POST over node's own HTTP client, whose address lookup is guarded.
// The URL is checked again (HTTPS, public unless private ones are allowed), and the connection can
// only be made to an address that passes the same check: a name re-pointed inside the network after
// the endpoint was registered is refused at the moment of connecting. Redirects are not followed.
import http from "node:http";
import https from "node:https";
import dns from "node:dns";
import type { LookupAddress } from "node:dns";
import { isIP } from "node:net";
import {
  addressRefusal,
  WEBHOOK_RESPONSE_KEEP,
  WEBHOOK_TIMEOUT_MS,
  webhookSignature,
  webhookTargetRefusal,
  type TargetPolicy,
} from "../domain/webhooks";

/** The receiver answered, or could not be reached; `permanent` means retrying cannot help. */
export class WebhookSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly response: { status: number; body: string } | null = null,
  ) {
    super(message);
  }
}

export type WebhookAttempt = { url: string; secret: string; eventId: string; body: string; now: Date; policy: TargetPolicy; timeoutMs?: number };

const resolveAll = (host: string) =>
  new Promise<string[]>((resolve, reject) =>
    dns.lookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses.map((a) => a.address)))),
  );

/** Sends one attempt; resolves with the 2xx answer, throws WebhookSendError otherwise. */
export async function sendWebhook(attempt: WebhookAttempt): Promise<{ status: number; body: string }> {
  const refusal = await webhookTargetRefusal(attempt.url, attempt.policy, resolveAll);
  if (refusal) throw new WebhookSendError(`refused: the address is not allowed (${refusal})`, refusal !== "unresolvable");
  const url = new URL(attempt.url);
  const timestamp = Math.floor(attempt.now.getTime() / 1000);
  const headers = {
    "content-type": "application/json",
    "user-agent": "Accord-Webhooks/1",
    "webhook-id": attempt.eventId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": webhookSignature(attempt.secret, attempt.eventId, timestamp, attempt.body),
    "content-length": String(Buffer.byteLength(attempt.body)),
  };

  // Called by the socket for a host name (IP literals were checked above); every address is judged.
  const guardedLookup = (
    hostname: string,
    options: dns.LookupOptions,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dns.lookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, "");
      const bad = addresses.find((a) => addressRefusal(a.address, attempt.policy));
      if (bad) return callback(Object.assign(new Error(`refused: ${hostname} resolves to ${bad.address}`), { code: "EWEBHOOKREFUSED" }), "");
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };

  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers,
        timeout: attempt.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
        ...(isIP(url.hostname.replace(/^\[|\]$/g, "")) ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          if (kept < WEBHOOK_RESPONSE_KEEP) {
            chunks.push(chunk);
            kept += chunk.length;
          } else {
            response.destroy();
          }
        });
        const done = () => {
          const status = response.statusCode ?? 0;
          const body = Buffer.concat(chunks).toString("utf8").slice(0, WEBHOOK_RESPONSE_KEEP);
          if (status >= 200 && status < 300) resolve({ status, body });
          // 410 Gone: the receiver says this endpoint no longer exists; retrying cannot help.
          else reject(new WebhookSendError(`HTTP ${status}`, status === 410, { status, body }));
        };
        response.on("end", done);
        response.on("close", done);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${(attempt.timeoutMs ?? WEBHOOK_TIMEOUT_MS) / 1000} s`)));
    request.on("error", (error: NodeJS.ErrnoException) =>
      reject(new WebhookSendError(error.message, error.code === "EWEBHOOKREFUSED")),
    );
    request.end(attempt.body);
  });
}
