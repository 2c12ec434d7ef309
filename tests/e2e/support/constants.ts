export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The e2e suite's own database, recreated for every run (never the demo database). */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
/** What the app is told; no server listens there (mail.spec.ts points its worker at its own). */
export const E2E_SMTP_URL = "smtp://127.0.0.1:2";
