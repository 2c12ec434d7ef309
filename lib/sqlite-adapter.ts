import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Connection["startTransaction"]>>;
type Query = Parameters<Connection["queryRaw"]>[0];
type IsolationLevel = Parameters<Connection["startTransaction"]>[0];

const statement = (sql: string): Query => ({ sql, args: [], argTypes: [] });

/**
 * Prisma's better-sqlite3 adapter, made safe for a SQLite file that other processes write to as
 * well (the seed, `npm run user:create`, the e2e tests' own client), and for a server that runs
 * many requests on its one connection. Prisma 6.19's adapter:
 *
 * - opens transactions with a plain (deferred) BEGIN. A transaction that reads and then writes
 *   must upgrade its lock; when another process is writing at that moment, SQLite refuses the
 *   upgrade at once with SQLITE_BUSY (waiting could deadlock), so the busy timeout never applies
 *   and the save fails with P1008 "Operation has timed out". Here a transaction begins IMMEDIATE:
 *   it takes the write lock first, waiting up to the busy timeout for another writer to finish.
 * - runs a request's plain query on the same connection while another request's interactive
 *   transaction is open, so the query joins that transaction: it reads what is not committed, and
 *   a write is rolled back with it. Here a plain write waits until the open transaction ends (the
 *   adapter already lets only one run at a time), and a plain read goes to a second, read-only
 *   connection, which answers at once with what is committed: pages keep loading during a long
 *   import.
 * - leaves the connection inside the transaction when COMMIT itself fails, and never releases
 *   its transaction lock (prisma/orm#29933): every later write would be lost. Here a failed
 *   COMMIT is rolled back and the lock released.
 *
 * - waits for another process's write lock inside better-sqlite3, which blocks the whole event loop
 *   (every request of the server) for as long as it waits, and then fails with P1008. Here the
 *   blocking wait is short, and a write (or BEGIN) that still finds the database locked is tried
 *   again after a pause in which other requests run, until `busyRetryMs` has passed. Several
 *   processes writing at once (the app, the notification worker, a CLI script, the e2e tests'
 *   fixtures) no longer make a sign-in fail, or freeze the server.
 *
 * The database runs in WAL mode (kept in the file): readers and the writer no longer block each
 * other, and COMMIT does not wait for readers.
 */
export function sqliteAdapter(file: string, options: SqliteAdapterOptions = {}) {
  const timeout = { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS };
  const retry = whenBusy(options.busyRetryMs ?? DEFAULT_BUSY_RETRY_MS);
  const inner = new PrismaBetterSQLite3({ url: file, ...timeout });
  return {
    provider: "sqlite" as const,
    adapterName: inner.adapterName,
    async connect() {
      const writer = await inner.connect();
      // WAL first: the read-only connection cannot switch the file to it.
      await retry(() => writer.executeScript("PRAGMA journal_mode = WAL"));
      const reader = await new PrismaBetterSQLite3({ url: file, readonly: true, ...timeout }).connect();
      // Each connection's page cache, in KiB (negative). SQLite's default of 2 MiB holds none of a
      // large portfolio: a search over 14,600 of 100,000 agreements read each row from the OS
      // again (34 ms to count; 18 ms with 64 MiB). Pages are only held once read. The reader's is
      // set when it is first used: set while the CLI's `migrate deploy` was creating a new file,
      // it made the migrations fail with SQLITE_BUSY.
      const cache = `PRAGMA cache_size = -${(options.cacheMiB ?? DEFAULT_CACHE_MIB) * 1024}`;
      await writer.executeScript(cache);
      return new SerializedConnection(writer, reader, retry, cache);
    },
    // The CLI's shadow database is in memory, one connection, no WAL.
    connectToShadowDb: async () => new SerializedConnection(await inner.connectToShadowDb(), null, retry),
  };
}

export type SqliteAdapterOptions = {
  /** How long better-sqlite3 itself waits for another process's lock, blocking the event loop. */
  busyTimeoutMs?: number;
  /** How long after that a statement that found the database locked is tried again, without blocking. */
  busyRetryMs?: number;
  /** The page cache of each of the two connections, in MiB (SQLITE_CACHE_MB). */
  cacheMiB?: number;
};

const DEFAULT_BUSY_TIMEOUT_MS = 250;
const DEFAULT_BUSY_RETRY_MS = 20_000;
/** As SQLITE_CACHE_MB's default (lib/env.ts), for clients made without the app's settings (the CLI, tests). */
const DEFAULT_CACHE_MIB = 64;

/**
 * Prisma's `maxWait` for an interactive transaction on this adapter: how long it may take to begin,
 * waiting behind this process's open transaction and for another process's lock. Prisma's default
 * (2 s) would refuse a save the retries above are still waiting to let through.
 */
export const SQLITE_TRANSACTION_MAX_WAIT_MS = DEFAULT_BUSY_RETRY_MS;

/** better-sqlite3's SQLITE_BUSY (and its extended codes), as Prisma's adapter passes it on. */
function isBusy(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("cause" in error)) return false;
  const cause = error.cause;
  return typeof cause === "object" && cause !== null && "originalCode" in cause && String(cause.originalCode).startsWith("SQLITE_BUSY");
}

type Retry = <T>(run: () => Promise<T>) => Promise<T>;

/**
 * Runs a statement, and again after a growing pause while it finds the database locked, for up to
 * `budgetMs`. A statement refused with SQLITE_BUSY has changed nothing (in WAL mode, outside an
 * explicit transaction or as its BEGIN), so running it again is safe.
 */
function whenBusy(budgetMs: number): Retry {
  return async (run) => {
    const deadline = Date.now() + budgetMs;
    for (let pause = 20; ; pause = Math.min(pause * 2, 500)) {
      try {
        return await run();
      } catch (error) {
        if (!isBusy(error) || Date.now() + pause > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  };
}

class SerializedConnection {
  readonly provider: Connection["provider"];
  readonly adapterName: string;
  /** Settles when the open transaction ends; null when none is open. */
  #open: Promise<void> | null = null;
  #readerReady = false;

  constructor(
    private readonly inner: Connection,
    private readonly reader: Connection | null,
    private readonly retry: Retry,
    /** Run on the reader before its first statement. */
    private readonly readerSetup = "",
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  // Each method waits while a transaction is open and then starts its statement in the same
  // synchronous step as the last check: better-sqlite3 runs a statement when it is called, so no
  // other request's transaction can begin in between. The same holds for each retry of a
  // statement that found the database locked by another process.

  async queryRaw(query: Query) {
    // Prisma's reads are plain SELECTs; anything else (INSERT … RETURNING, WITH … INSERT) waits.
    if (this.#open && this.reader && /^\s*SELECT\b/i.test(query.sql)) return this.#read(this.reader, query);
    return this.retry(async () => {
      while (this.#open) await this.#open;
      return this.inner.queryRaw(query);
    });
  }

  async #read(reader: Connection, query: Query) {
    if (this.readerSetup && !this.#readerReady) {
      this.#readerReady = true;
      await reader.executeScript(this.readerSetup);
    }
    return reader.queryRaw(query);
  }

  async executeRaw(query: Query) {
    return this.retry(async () => {
      while (this.#open) await this.#open;
      return this.inner.executeRaw(query);
    });
  }

  async executeScript(script: string) {
    while (this.#open) await this.#open;
    return this.inner.executeScript(script);
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // SQLite transactions are serializable; the stock adapter refuses any other level with
    // Prisma's own error, so let it.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return this.inner.startTransaction(isolationLevel);
    while (this.#open) await this.#open;
    let release!: () => void;
    const open = new Promise<void>((resolve) => (release = resolve));
    this.#open = open;
    const end = () => {
      if (this.#open !== open) return;
      this.#open = null;
      release();
    };
    try {
      // While this waits for another process, requests of this one queue behind `open`.
      await this.retry(() => this.inner.executeRaw(statement("BEGIN IMMEDIATE")));
    } catch (error) {
      end();
      throw error;
    }
    const inner = this.inner;
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      // Prisma sends COMMIT / ROLLBACK through executeRaw, then calls commit() / rollback().
      options: { usePhantomQuery: false },
      queryRaw: (query) => inner.queryRaw(query),
      async executeRaw(query) {
        try {
          return await inner.executeRaw(query);
        } catch (error) {
          if (/^\s*COMMIT\b/i.test(query.sql)) {
            await inner.executeRaw(statement("ROLLBACK")).catch(() => undefined);
            end();
          }
          throw error;
        }
      },
      commit: async () => end(),
      rollback: async () => end(),
    };
  }

  async dispose() {
    await this.reader?.dispose();
    await this.inner.dispose();
  }
}
