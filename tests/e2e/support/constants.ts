export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The same server by the name Auth.js's route handlers see under `next start -H 127.0.0.1`. */
export const E2E_LOCALHOST_URL = `http://localhost:${E2E_PORT}`;
/** The e2e suite's own database, recreated for every run (never the demo database). */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
/** The e2e build's own folder (git-ignored like every `.next*`), never the `.next` of `npm run demo`. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
/** The e2e suite's OpenID provider (support/oidc-provider.ts), which the app uses for single sign-on. */
export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? E2E_PORT + 1000);
export const E2E_OIDC_ISSUER = `http://127.0.0.1:${E2E_OIDC_PORT}`;
export const E2E_OIDC_CLIENT = { id: "accord-e2e", secret: "e2e-oidc-client-secret-not-for-production" };
// Not "Sign in…": the password form's button is found by that name throughout the suite.
export const E2E_SSO_LABEL = "Use E2E Login";
/** What the app is told; no server listens there (mail.spec.ts points its worker at its own). */
export const E2E_SMTP_URL = "smtp://127.0.0.1:2";
/**
 * The e2e server's failed sign-ins per address: the whole suite signs in from 127.0.0.1, and some
 * of its tests fail on purpose; the throttling spec reaches this limit from addresses of its own.
 */
export const E2E_FAILURES_PER_ADDRESS = 30;

/** UPLOAD_MAX_MB of the e2e server: small, so that the over-limit test sends little. */
export const E2E_UPLOAD_MAX_MB = 2;

/** The e2e server's requests per minute per API token: low, so api-v1.spec.ts reaches it quickly. */
export const E2E_API_RATE_LIMIT = 120;
