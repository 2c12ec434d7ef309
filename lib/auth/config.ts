import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "../env";
import { authenticate } from "./authenticate";
import { sessionIdOf, startSession } from "./server-session";
import { endSession } from "../data/sessions";
import { loginSchema } from "../validations/auth";

/** Thrown by `authorize`; its `code` reaches the login action (and the URL when used over HTTP). */
class LockedSignin extends CredentialsSignin {
  code = "locked";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Required in production (lib/env.ts); `npm run demo` writes a random one into .env.
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(parsed.data.email, parsed.data.password);
        if (result.kind === "locked") throw new LockedSignin();
        if (result.kind === "invalid") return null;
        return { id: result.userId };
      },
    }),
  ],
  callbacks: {
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
