type Entry<V> = { revision: number; storedAt: number; value: Promise<V> };

/**
 * A small in-process read cache whose entries are valid for one data revision: any audited change
 * anywhere moves the revision in the database, so every app instance recomputes on its next read,
 * with no shared cache and no invalidation messages. `maxAgeMs` bounds how long a result that also
 * depends on the clock (stale, overdue, due soon) may be reused. Least recently used entries go
 * first; concurrent misses for one key share one computation; a failed computation is not kept.
 */
export class RevisionCache<V> {
  readonly #entries = new Map<string, Entry<V>>();

  constructor(
    private readonly options: { maxEntries: number; maxAgeMs: number },
  ) {}

  get(key: string, revision: number, compute: () => Promise<V>, now = Date.now()): Promise<V> {
    const hit = this.#entries.get(key);
    this.#entries.delete(key);
    if (hit && hit.revision === revision && now - hit.storedAt < this.options.maxAgeMs) {
      this.#entries.set(key, hit); // most recently used last
      return hit.value;
    }
    const value = compute();
    const entry: Entry<V> = { revision, storedAt: now, value };
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    this.#entries.set(key, entry);
    while (this.#entries.size > this.options.maxEntries) {
      this.#entries.delete(this.#entries.keys().next().value as string);
    }
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
