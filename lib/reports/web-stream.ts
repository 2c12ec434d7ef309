import type { Readable, Writable } from "node:stream";

const encoder = new TextEncoder();

/**
 * A Node stream as a web ReadableStream for a route handler's Response. Pull-based, so a slow
 * client slows the producer down instead of letting chunks pile up in memory; cancelling (the
 * client went away) destroys the Node stream, which stops the producer (see waitForDrain).
 */
export function toWebStream(readable: Readable): ReadableStream<Uint8Array> {
  const iterator = readable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = (await iterator.next()) as IteratorResult<string | Uint8Array>;
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : new Uint8Array(value));
    },
    cancel() {
      readable.destroy();
    },
  });
}

/** Resolves when the stream wants more data, or when it was closed (then the producer stops). */
export function waitForDrain(stream: Writable): Promise<void> {
  if (!needsDrain(stream) || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}

/** Streams from the old readable-stream package (inside exceljs/archiver) lack writableNeedDrain. */
function needsDrain(stream: Writable): boolean {
  if (typeof stream.writableNeedDrain === "boolean") return stream.writableNeedDrain;
  const state = (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState;
  return state?.needDrain === true;
}
