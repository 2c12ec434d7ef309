// A real OpenID Connect provider for the e2e suite (oidc-provider), on loopback. The app server
// (support/server.ts) gets SSO_* pointing at it. Accounts are the ones tests register through
// POST /test/accounts; its own login page (devInteractions) takes the account's `sub` as login.
import http from "node:http";
import { generateKeyPairSync } from "node:crypto";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { E2E_BASE_URL, E2E_LOCALHOST_URL, E2E_OIDC_CLIENT, E2E_OIDC_ISSUER, E2E_OIDC_PORT } from "./constants";

type TestAccount = { sub: string; email: string; email_verified: boolean; name: string };
const accounts = new Map<string, TestAccount>();

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: "jwk" }), kid: "e2e", use: "sig", alg: "RS256" };

const configuration: Configuration = {
  clients: [
    {
      client_id: E2E_OIDC_CLIENT.id,
      client_secret: E2E_OIDC_CLIENT.secret,
      redirect_uris: [`${E2E_BASE_URL}/api/auth/callback/sso`, `${E2E_LOCALHOST_URL}/api/auth/callback/sso`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: ["e2e-oidc-cookie-key-not-secret"] },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  features: { devInteractions: { enabled: true } },
  // Put the scopes' claims (email, email_verified, name) in the ID token, as Keycloak and Entra ID
  // do by default; Auth.js reads an OpenID provider's profile from the ID token.
  conformIdTokenClaims: false,
  // The machine running the suite may be slow: codes and interactions must not expire under load.
  ttl: { AuthorizationCode: 600, Interaction: 3600, Grant: 3600, Session: 3600, IdToken: 3600, AccessToken: 3600 },
  // First-party client: no consent screen (oidc-provider's recipe: reuse the session's grant).
  async loadExistingGrant(ctx: KoaContextWithOIDC) {
    const session = ctx.oidc.session;
    const client = ctx.oidc.client;
    if (!session?.accountId || !client) return undefined;
    const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  async findAccount(_ctx, id) {
    const account = accounts.get(id);
    if (!account) return undefined;
    return { accountId: id, claims: () => ({ ...account }) };
  },
};

const provider = new Provider(E2E_OIDC_ISSUER, configuration);
const oidc = provider.callback();
// The token endpoint answers only "grant request is invalid"; the reason goes to the log.
for (const event of ["grant.error", "server_error", "authorization.error"]) {
  provider.on(event, (ctx: unknown, error: { message?: string; error_detail?: string }) =>
    console.error(`oidc-provider ${event}: ${error.message ?? ""} ${error.error_detail ?? ""}`, JSON.stringify((ctx as { oidc?: { params?: unknown } }).oidc?.params ?? {})),
  );
}

http
  .createServer((request, response) => {
    if (request.method === "POST" && request.url === "/test/accounts") {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        const account = JSON.parse(body) as TestAccount;
        accounts.set(account.sub, account);
        response.writeHead(204).end();
      });
      return;
    }
    oidc(request, response);
  })
  .listen(E2E_OIDC_PORT, "127.0.0.1", () => console.log(`OpenID provider for e2e at ${E2E_OIDC_ISSUER}`));
