/**
 * The login page's message for where a sign-in came back from: our own refusals (?sso=reason,
 * lib/auth/sso.ts) and Auth.js's error codes (?error=Type). State, nonce or PKCE mismatches, a
 * tampered, expired or foreign ID token all reach us as Configuration or OAuthCallbackError
 * (Auth.js hides the details from the browser and logs them).
 */
export function signInMessageKey(params: Record<string, string | string[] | undefined>): string | null {
  const sso = typeof params.sso === "string" ? params.sso : undefined;
  if (sso === "unknown" || sso === "inactive" || sso === "unverified") return `sso.${sso}`;
  const error = typeof params.error === "string" ? params.error : undefined;
  if (!error) return null;
  if (error === "AccessDenied") return "sso.denied";
  if (error === "CredentialsSignin") return "auth.invalid";
  // A form posted without Auth.js's CSRF token (a script, a stale tab): nothing to say about SSO.
  if (error === "MissingCSRF") return null;
  return "sso.failed";
}
