// oidc-provider 9 ships no types and @types/oidc-provider is not installed: the little the e2e
// provider uses (support/oidc-provider.ts).
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type Grant = { addOIDCScope(scope: string): void; save(): Promise<string> };
  export type KoaContextWithOIDC = {
    oidc: {
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
      client?: { clientId: string };
      provider: {
        Grant: (new (init: { clientId: string; accountId: string }) => Grant) & { find(id: string): Promise<Grant | undefined> };
      };
    };
  };
  export type Account = { accountId: string; claims: () => Record<string, unknown> };
  export type Configuration = {
    clients: Record<string, unknown>[];
    jwks: { keys: Record<string, unknown>[] };
    cookies: { keys: string[] };
    claims: Record<string, string[]>;
    ttl: Record<string, number>;
    features: Record<string, unknown>;
    conformIdTokenClaims?: boolean;
    loadExistingGrant(ctx: KoaContextWithOIDC): Promise<Grant | undefined>;
    findAccount(ctx: KoaContextWithOIDC, id: string): Promise<Account | undefined>;
  };
  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (ctx: unknown, error: { message?: string; error_detail?: string }) => void): void;
  }
}
