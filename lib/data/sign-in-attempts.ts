import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import {
  ADDRESS_THROTTLE,
  GLOBAL_THROTTLE,
  LOCKOUT_WINDOW_MS,
  MAX_FAILED_ATTEMPTS,
  lockedUntil,
  throttledUntil,
  type ThrottleLimit,
} from "../domain/sign-in-lockout";

export async function recordSignInAttempt(email: string, succeeded: boolean, clientAddress = ""): Promise<void> {
  await prisma.loginAttempt.create({ data: { email, succeeded, clientAddress } });
}

export type Throttle = { scope: ThrottleLimit["scope"]; until: Date };

/**
 * Whether failed sign-ins from this address, or from everyone, are over their limit now (rule:
 * lib/domain/sign-in-lockout.ts). Counted from the LoginAttempt rows, so the limits hold across
 * app instances. An unknown address ("") only meets the global limit.
 */
export async function throttleFor(clientAddress: string, now: Date): Promise<Throttle | null> {
  if (clientAddress) {
    // An office behind one NAT address may need more room than the default (SIGN_IN_FAILURES_PER_ADDRESS).
    const limit = { ...ADDRESS_THROTTLE, maxFailures: env().SIGN_IN_FAILURES_PER_ADDRESS };
    const until = await limitUntil(limit, now, clientAddress);
    if (until) return { scope: "address", until };
  }
  const until = await limitUntil(GLOBAL_THROTTLE, now);
  return until ? { scope: "global", until } : null;
}

async function limitUntil(limit: ThrottleLimit, now: Date, clientAddress?: string): Promise<Date | null> {
  // Only the newest `maxFailures` failures in the window matter: an indexed, bounded read.
  const failures = await prisma.loginAttempt.findMany({
    where: {
      succeeded: false,
      createdAt: { gt: new Date(now.getTime() - limit.windowMs) },
      ...(clientAddress === undefined ? {} : { clientAddress }),
    },
    orderBy: { createdAt: "desc" },
    take: limit.maxFailures,
    select: { createdAt: true },
  });
  return throttledUntil(
    failures.map((f) => f.createdAt),
    limit,
    now,
  );
}

/** When the e-mail's sign-in lockout ends, if it is locked out now (rule: lib/domain/sign-in-lockout.ts). */
export async function lockoutFor(email: string, now: Date): Promise<Date | null> {
  // Failures since the last success, within twice the window (enough to see a running lock).
  const since = new Date(now.getTime() - 2 * LOCKOUT_WINDOW_MS);
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failures = await prisma.loginAttempt.findMany({
    where: { email, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILED_ATTEMPTS,
    select: { createdAt: true },
  });
  return lockedUntil(
    failures.map((f) => f.createdAt),
    now,
  );
}
