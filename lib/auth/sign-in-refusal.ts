/** Why Auth.js refused a password sign-in, as the login form tells it. */
export type SignInRefusal = "invalid" | "locked" | "throttled" | "password-off" | "unavailable";

const CODES = new Set<string>(["locked", "throttled", "password-off"]);

/**
 * Reads the error `signIn("credentials")` threw (an Auth.js `AuthError`). `authorize` refuses by
 * returning null (wrong e-mail or password) or throwing a `CredentialsSignin` with a code
 * (lib/auth/config.ts). Any other error is one of ours: the database could not be reached or
 * stayed locked, the session row could not be written... Auth.js wraps it as CallbackRouteError
 * and logs it; the person is told to try again, never that their password was wrong.
 */
export function signInRefusal(error: { type: string; code?: unknown }): SignInRefusal {
  if (error.type !== "CredentialsSignin") return "unavailable";
  return typeof error.code === "string" && CODES.has(error.code) ? (error.code as SignInRefusal) : "invalid";
}
