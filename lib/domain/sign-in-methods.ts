/** How people may sign in (README, "Single sign-on"): PASSWORD_SIGNIN and BREAK_GLASS_ADMINS. */
export type SignInSettings = { passwordSignIn: "on" | "off"; breakGlassAdmins: readonly string[] };

/**
 * Whether a password may be used for this e-mail. With password sign-in off, only the named
 * break-glass admins may, and only while their account is an admin's: `role` is undefined
 * before the account is known (the list alone decides then) and checked once it is.
 */
export function passwordSignInAllowed(settings: SignInSettings, email: string, role?: string): boolean {
  if (settings.passwordSignIn === "on") return true;
  if (!settings.breakGlassAdmins.includes(email.trim().toLowerCase())) return false;
  return role === undefined || role === "admin";
}

export type SsoRefusal = "unverified" | "unknown" | "inactive";
export type SsoDecision = { kind: "sign-in" } | { kind: "create-viewer" } | { kind: "refuse"; reason: SsoRefusal };

/**
 * Whom an identity provider's answer signs in. Only a verified e-mail is trusted (anyone can
 * type an address into some providers' profiles); it must belong to an active Accord user, whose
 * role and organization stay Accord's; with SSO_CREATE_USERS=viewer an unknown one becomes a viewer.
 */
export function ssoDecision(input: {
  emailVerified: boolean;
  user: { active: boolean } | null;
  createUsers: "off" | "viewer";
}): SsoDecision {
  if (!input.emailVerified) return { kind: "refuse", reason: "unverified" };
  if (input.user) return input.user.active ? { kind: "sign-in" } : { kind: "refuse", reason: "inactive" };
  return input.createUsers === "viewer" ? { kind: "create-viewer" } : { kind: "refuse", reason: "unknown" };
}
