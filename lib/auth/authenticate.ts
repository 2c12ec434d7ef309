import "server-only";
import { dummyPasswordHash, verifyPassword } from "../domain/password-hash";
import { lockoutFor, recordSignInAttempt, throttleFor, type Throttle } from "../data/sign-in-attempts";
import { findUserForSignIn } from "../data/users";
import { passwordSignInAllowed, type SignInSettings } from "../domain/sign-in-methods";
import { env } from "../env";

export const signInSettings = (): SignInSettings => ({
  passwordSignIn: env().PASSWORD_SIGNIN,
  breakGlassAdmins: env().BREAK_GLASS_ADMINS,
});

export type AuthenticationResult =
  | { kind: "ok"; userId: string }
  | { kind: "invalid" }
  | { kind: "locked"; until: Date }
  | { kind: "throttled"; throttle: Throttle }
  | { kind: "password-off" };

/**
 * Checks a password and records the attempt; refuses while the client's address (or everyone) is
 * over the failure limit, or the e-mail is locked out. Refusals by a limit are not recorded, so
 * hammering a closed door does not keep it closed.
 */
export async function authenticate(email: string, password: string, clientAddress = ""): Promise<AuthenticationResult> {
  const now = new Date();
  const throttle = await throttleFor(clientAddress, now);
  if (throttle) return { kind: "throttled", throttle };
  const settings = signInSettings();
  if (!passwordSignInAllowed(settings, email)) return { kind: "password-off" };
  const until = await lockoutFor(email, now);
  if (until) return { kind: "locked", until };

  const user = await findUserForSignIn(email);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  const succeeded = Boolean(user && user.active && valid);
  // With a second factor, the sign-in has not succeeded yet: recording a success here would reset
  // the failure count (lib/domain/sign-in-lockout.ts) and let wrong codes be tried without end.
  // The second step records the outcome (lib/data/second-factor.ts).
  if (!succeeded || !user?.totpEnabledAt) await recordSignInAttempt(email, succeeded, clientAddress);
  if (!succeeded || !user) {
    const lockedNow = await lockoutFor(email, new Date());
    return lockedNow ? { kind: "locked", until: lockedNow } : { kind: "invalid" };
  }
  // A break-glass address whose account is no longer an admin's: refused, though the password was right.
  if (!passwordSignInAllowed(settings, email, user.role)) return { kind: "password-off" };
  return { kind: "ok", userId: user.id };
}
