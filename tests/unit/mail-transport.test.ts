// SMTP_URL becomes pooled SMTP options with the worker's timeouts (nodemailer drops every option
// beside a URL, so they used to be lost), and a server that never answers fails the send.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpOptions, SMTP_TIMEOUTS } from "@/lib/mail/smtp-options";
import { createMailTransport, MailSendError } from "@/lib/mail/transport";

describe("smtpOptions", () => {
  it("reads host, port, TLS and percent-encoded credentials, and adds the pool and the timeouts", () => {
    expect(smtpOptions("smtp://user%40ministry.gov.az:p%3Ass%2Fw@mail.example.org:2525")).toEqual({
      host: "mail.example.org",
      port: 2525,
      secure: false,
      auth: { user: "user@ministry.gov.az", pass: "p:ss/w" },
      pool: true,
      maxConnections: 2,
      ...SMTP_TIMEOUTS,
    });
    expect(smtpOptions("smtps://mail.example.org")).toMatchObject({ port: 465, secure: true });
    expect(smtpOptions("smtp://[::1]")).toMatchObject({ host: "::1", port: 587, secure: false });
    expect(smtpOptions("smtp://mail.example.org")).not.toHaveProperty("auth");
  });
});

describe("a mail server that accepts the connection and never greets", () => {
  let server: net.Server;
  const sockets: net.Socket[] = [];
  beforeAll(async () => {
    server = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("fails the send after the greeting timeout, as a temporary failure the worker retries", async () => {
    const { port } = server.address() as AddressInfo;
    const transport = createMailTransport(
      { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Accord <accord@test.local>", MAIL_DIR: undefined },
      { greetingTimeout: 300 },
    );
    const sending = transport.send({ to: "a@test.local", subject: "s", text: "t", html: "<p>t</p>", messageId: "<m@test.local>" });
    await expect(sending).rejects.toBeInstanceOf(MailSendError);
    await expect(sending).rejects.toMatchObject({ permanent: false });
    transport.close();
  });
});
