import "server-only";
import { dummyPasswordHash, verifyPassword } from "../domain/password-hash";
import { lockoutFor, recordSignInAttempt } from "../data/sign-in-attempts";
import { findUserForSignIn } from "../data/users";

export type AuthenticationResult =
  | { kind: "ok"; userId: string }
  | { kind: "invalid" }
  | { kind: "locked"; until: Date };

/** Checks a password and records the attempt; refuses while the e-mail is locked out. */
export async function authenticate(email: string, password: string): Promise<AuthenticationResult> {
  const now = new Date();
  const until = await lockoutFor(email, now);
  if (until) return { kind: "locked", until };

  const user = await findUserForSignIn(email);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  const succeeded = Boolean(user && user.active && valid);
  // With a second factor, the sign-in has not succeeded yet: recording a success here would reset
  // the failure count (lib/domain/sign-in-lockout.ts) and let wrong codes be tried without end.
  // The second step records the outcome (lib/data/second-factor.ts).
  if (!succeeded || !user?.totpEnabledAt) await recordSignInAttempt(email, succeeded);
  if (!succeeded || !user) {
    const lockedNow = await lockoutFor(email, new Date());
    return lockedNow ? { kind: "locked", until: lockedNow } : { kind: "invalid" };
  }
  return { kind: "ok", userId: user.id };
}
