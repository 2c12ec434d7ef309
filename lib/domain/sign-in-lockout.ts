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
