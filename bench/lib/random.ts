// A seeded pseudo-random source, so that two runs of the generator with the same --seed build the
// same portfolio and benchmark figures stay comparable between runs and machines.

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** An item chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  chance(probability: number): boolean;
  /** A lower-case alphanumeric id (the shape of Prisma's cuid, not its algorithm). */
  id(): string;
};

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(items) {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1][0];
    },
    chance: (probability) => next() < probability,
    id() {
      let out = "syn";
      for (let i = 0; i < 22; i++) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
  };
}

/**
 * Splits `total` items over `buckets`, each bucket getting at least `min`; the rest land on
 * random buckets, so counts vary around the mean like real portfolios do (a binomial spread).
 */
export function allocate(rng: Rng, total: number, buckets: number, min: number): number[] {
  if (total < buckets * min) {
    throw new Error(`cannot give ${buckets} agreements at least ${min} each out of ${total}`);
  }
  const counts = new Array<number>(buckets).fill(min);
  for (let i = buckets * min; i < total; i++) counts[rng.int(0, buckets - 1)]++;
  return counts;
}

export const DAY_MS = 86_400_000;

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
