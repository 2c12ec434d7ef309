import "server-only";
import type { Account, Profile, User } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { env } from "../env";
import { resolveSsoUser } from "../data/sso-users";
import { headers } from "next/headers";
import { clientAddressFrom } from "./client-address";

export const SSO_PROVIDER_ID = "sso";

/** The settings' OpenID Connect provider, when single sign-on is configured (lib/env.ts). */
export function ssoProviders(): OIDCConfig<Profile>[] {
  const { SSO_ISSUER, SSO_CLIENT_ID, SSO_CLIENT_SECRET, SSO_LABEL } = env();
  if (!SSO_ISSUER || !SSO_CLIENT_ID || !SSO_CLIENT_SECRET) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: SSO_LABEL ?? "SSO",
      type: "oidc",
      issuer: SSO_ISSUER,
      clientId: SSO_CLIENT_ID,
      clientSecret: SSO_CLIENT_SECRET,
      // State and PKCE guard the redirect; the nonce binds the ID token to this browser's request.
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
      profile(profile) {
        return { id: String(profile.sub ?? ""), email: profile.email ?? null, name: profile.name ?? null };
      },
    },
  ];
}

/** Where a refused single sign-on lands: the login page, which names the reason (messages: signin.sso). */
export const ssoRefusalPath = (reason: string) => `/login?sso=${encodeURIComponent(reason)}`;

/**
 * The signIn callback's answer for the identity provider's sign-ins: true with `user.id` set to
 * the Accord user's id (Auth.js hands the same `user` object to the jwt callback), or the login
 * page with the reason. Other providers pass through.
 */
export async function ssoSignIn({ user, account, profile }: { user: User; account?: Account | null; profile?: Profile }): Promise<true | string> {
  if (account?.provider !== SSO_PROVIDER_ID) return true;
  // Some providers (ADFS among them) send the claim as the string "true".
  const claim: unknown = profile?.email_verified;
  const verified = claim === true || claim === "true";
  const result = await resolveSsoUser(
    {
      email: typeof profile?.email === "string" ? profile.email : "",
      emailVerified: verified,
      name: typeof profile?.name === "string" ? profile.name : "",
      subject: String(profile?.sub ?? ""),
    },
    { createUsers: env().SSO_CREATE_USERS, clientAddress: clientAddressFrom(await headers()) },
  );
  if (result.kind === "refused") return ssoRefusalPath(result.reason);
  user.id = result.userId;
  return true;
}
