// A real SMTP server on loopback for tests (smtp-server), every message parsed with mailparser.
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";

export type TestSmtp = {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** While set, every connection is refused with this answer (e.g. "421 try later"). */
  refuse: { code: number; message: string } | null;
  close(): Promise<void>;
};

export async function startSmtp(port = 0): Promise<TestSmtp> {
  const state: TestSmtp = { url: "", port: 0, messages: [], refuse: null, close: async () => undefined };
  const options: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onConnect(_session, callback) {
      if (!state.refuse) return callback();
      const error = Object.assign(new Error(state.refuse.message), { responseCode: state.refuse.code });
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          state.messages.push(parsed);
          callback();
        })
        .catch(callback);
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.url = `smtp://127.0.0.1:${state.port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
