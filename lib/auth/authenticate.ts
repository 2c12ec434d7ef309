import "server-only";
import { prisma } from "../db";
import { dummyPasswordHash, verifyPassword } from "./password";
import { LOCKOUT_WINDOW_MS, lockedUntil } from "./lockout";

export type AuthenticationResult =
  | { kind: "ok"; userId: string }
  | { kind: "invalid" }
  | { kind: "locked"; until: Date };

/** Checks a password and records the attempt; refuses while the e-mail is locked out. */
export async function authenticate(email: string, password: string): Promise<AuthenticationResult> {
  const now = new Date();
  const until = await lockoutFor(email, now);
  if (until) return { kind: "locked", until };

  const user = await prisma.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  const succeeded = Boolean(user && user.active && valid);
  await prisma.loginAttempt.create({ data: { email, succeeded } });
  if (!succeeded || !user) {
    const lockedNow = await lockoutFor(email, new Date());
    return lockedNow ? { kind: "locked", until: lockedNow } : { kind: "invalid" };
  }
  return { kind: "ok", userId: user.id };
}

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
    take: 5,
    select: { createdAt: true },
  });
  return lockedUntil(
    failures.map((f) => f.createdAt),
    now,
  );
}
