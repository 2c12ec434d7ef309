import net from "node:net";
import http from "node:http";
import { randomInt } from "node:crypto";
import { E2E_PORT } from "./constants";

/**
 * A TCP relay to the e2e server whose connections leave from another loopback address (any of
 * 127.0.0.0/8 works on Linux), so the app sees a client address of this test's own: its failed
 * sign-ins neither count against, nor are counted with, the rest of the suite (all 127.0.0.1).
 */
export async function startLoopbackRelay(): Promise<{ baseURL: string; address: string; close: () => Promise<void> }> {
  const address = `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(2, 255)}`;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: "127.0.0.1", port: E2E_PORT, localAddress: address });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A plain HTTP request (Playwright's request context cannot send from a chosen address or keep a forged header as is). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}
