import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "../env";
import { authenticate } from "./authenticate";
import { clientAddressFrom } from "./client-address";
import { ssoProviders, ssoSignIn } from "./sso";
import { sessionIdOf, startSession } from "./server-session";
import { endSession } from "../data/sessions";
import { loginSchema } from "../validations/auth";

/** Thrown by `authorize`; its `code` reaches the login action (and the URL when used over HTTP). */
class LockedSignin extends CredentialsSignin {
  code = "locked";
}

/** Password sign-in is off and this is not a break-glass admin (PASSWORD_SIGNIN, BREAK_GLASS_ADMINS). */
class PasswordOffSignin extends CredentialsSignin {
  code = "password-off";
}

/** Too many failures from the client's address or from everyone (lib/domain/sign-in-lockout.ts). */
class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Required in production (lib/env.ts); `npm run demo` writes a random one into .env.
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  // Errors of every kind land on the login page, which names them (state or nonce mismatch, a bad
  // ID token... arrive as ?error=Configuration, app/(auth)/login/sso-messages.ts).
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const address = clientAddressFrom(request.headers);
        const result = await authenticate(parsed.data.email, parsed.data.password, address);
        if (result.kind === "throttled") throw new ThrottledSignin();
        if (result.kind === "password-off") throw new PasswordOffSignin();
        if (result.kind === "locked") throw new LockedSignin();
        if (result.kind === "invalid") return null;
        return { id: result.userId };
      },
    }),
    ...ssoProviders(),
  ],
  callbacks: {
    signIn: ssoSignIn,
    // `user` is present once, at sign-in (any provider): the session's row is created then, and
    // every request checks it (lib/auth/server-session.ts).
    async jwt({ token, user, account }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = await startSession(user.id, account?.provider === "credentials" ? "password" : "sso");
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Logout ends the row, so a copy of the cookie stops working at once.
    async signOut(message) {
      const sessionId = "token" in message ? sessionIdOf(message.token) : null;
      if (sessionId) await endSession(sessionId, "logout");
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    // Matched by the error's `type`: its `name` comes from the class name, which the production
    // build minifies (the log showed "r: Read more at ...#credentialssignin" for each wrong password).
    error(error) {
      if ("type" in error && error.type === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
