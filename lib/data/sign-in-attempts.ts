import "server-only";
import { prisma } from "../db";
import { LOCKOUT_WINDOW_MS, MAX_FAILED_ATTEMPTS, lockedUntil } from "../domain/sign-in-lockout";

export async function recordSignInAttempt(email: string, succeeded: boolean): Promise<void> {
  await prisma.loginAttempt.create({ data: { email, succeeded } });
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
