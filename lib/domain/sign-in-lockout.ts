export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_DURATION_MS = 15 * 60 * 1000;

/**
 * When an account is locked, the time it unlocks; otherwise null.
 * `failures` are the times of failed attempts since the last successful sign-in. Attempts refused
 * while locked are not recorded, so the newest failure is the one that triggered the lock.
 */
export function lockedUntil(failures: readonly Date[], now: Date): Date | null {
  if (failures.length < MAX_FAILED_ATTEMPTS) return null;
  const newestFirst = [...failures].sort((a, b) => b.getTime() - a.getTime());
  const newest = newestFirst[0];
  const fifth = newestFirst[MAX_FAILED_ATTEMPTS - 1];
  if (newest.getTime() - fifth.getTime() > LOCKOUT_WINDOW_MS) return null;
  const until = new Date(newest.getTime() + LOCKOUT_DURATION_MS);
  return until > now ? until : null;
}

/**
 * Limits on failed sign-ins beyond one account, so that password spraying (one guess on each of
 * many accounts) is slowed too. Only failures count, and attempts refused by a limit are not
 * recorded, so a limit lifts on its own as its oldest failure leaves the window.
 * - Per client address: 10 failures in 15 minutes. A person mistyping never gets there before the
 *   per-account lockout (5); an office behind one NAT address would need ten failed sign-ins in a
 *   quarter of an hour.
 * - In total: 300 failures in 5 minutes, all addresses together (60 a minute). Even a thousand
 *   staff mistyping a few times a day stay two orders of magnitude below it; it caps a spray from
 *   many addresses at 60 guesses a minute; and because the window is short, password sign-in
 *   reopens at most 5 minutes after such an attack stops.
 */
export type ThrottleLimit = { scope: "address" | "global"; maxFailures: number; windowMs: number };

export const ADDRESS_THROTTLE: ThrottleLimit = { scope: "address", maxFailures: 10, windowMs: 15 * 60 * 1000 };
export const GLOBAL_THROTTLE: ThrottleLimit = { scope: "global", maxFailures: 300, windowMs: 5 * 60 * 1000 };

/**
 * When a limit holds, the time it lifts (when the oldest of the newest `maxFailures` failures
 * leaves the window); otherwise null. `failures` may be any failures; only those in the window count.
 */
export function throttledUntil(failures: readonly Date[], limit: ThrottleLimit, now: Date): Date | null {
  const windowStart = now.getTime() - limit.windowMs;
  const inWindow = failures
    .map((f) => f.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => b - a);
  if (inWindow.length < limit.maxFailures) return null;
  return new Date(inWindow[limit.maxFailures - 1] + limit.windowMs);
}

/** Whole seconds until `until`, at least 1: the value of a Retry-After header. */
export function retryAfterSeconds(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
