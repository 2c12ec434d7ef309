import { z } from "zod";
import { DEFAULT_DATABASE_URL, isPostgresUrl, isSqliteUrl } from "./database-url";

/** The config layer imports nothing; tests/unit/session-rules.test.ts checks the domain's list equals this one. */
export const REQUIRE_2FA_SETTINGS = ["admins", "all", "none"] as const;

const databaseUrl = z
  .string()
  .trim()
  .refine((v) => isSqliteUrl(v) || isPostgresUrl(v), {
    message: 'expects "file:./path/to/accord.db" (SQLite) or "postgresql://user:pass@host/db"',
  });

const smtpUrl = z
  .string()
  .trim()
  .refine(
    (v) => {
      try {
        const url = new URL(v);
        return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
      } catch {
        return false;
      }
    },
    { message: 'expects "smtp://user:pass@host:587" or "smtps://user:pass@host:465"' },
  );

// "Name <address>" or a bare address; nodemailer would otherwise fail only at the first send.
const mailFrom = z
  .string()
  .trim()
  .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'expects an address, e.g. "Accord <accord@example.org>"',
  });

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: databaseUrl.default(DEFAULT_DATABASE_URL),
    AUTH_SECRET: z
      .string()
      .min(32, { message: "expects a random string of at least 32 characters (openssl rand -base64 32)" })
      .optional(),
    SESSION_MAX_AGE_HOURS: z.coerce
      .number({ message: "expects a number of hours" })
      .int({ message: "expects a whole number of hours" })
      .min(1, { message: "expects at least 1 hour" })
      .max(24 * 30, { message: "expects at most 720 hours" })
      .default(8),
    // A session unused for this long ends, whatever its absolute lifetime left.
    SESSION_IDLE_MINUTES: z.coerce
      .number({ message: "expects a number of minutes" })
      .int({ message: "expects a whole number of minutes" })
      .min(1, { message: "expects at least 1 minute" })
      .max(24 * 60 * 30, { message: "expects at most 43200 minutes (30 days)" })
      .default(60),
    // Who must pass a second factor (TOTP) after the password: administrators, everyone, or nobody.
    REQUIRE_2FA: z.enum(REQUIRE_2FA_SETTINGS, { message: 'expects "admins", "all" or "none"' }).default("admins"),
    STALE_AFTER_DAYS: z.coerce
      .number({ message: "expects a number of days" })
      .int({ message: "expects a whole number of days" })
      .min(1, { message: "expects at least 1 day" })
      .max(365, { message: "expects at most 365 days" })
      .default(30),
    // "off" keeps nothing between requests (lib/data/revision-keyed-cache.ts): for measuring the uncached
    // path, or to rule the caches out while investigating.
    READ_CACHE: z.enum(["on", "off"], { message: 'expects "on" or "off"' }).default("on"),
    // SQLite: the page cache of each of the process's two connections (lib/sqlite-adapter.ts).
    SQLITE_CACHE_MB: z.coerce
      .number({ message: "expects a number of MiB" })
      .int({ message: "expects a whole number of MiB" })
      .min(2, { message: "expects at least 2 MiB" })
      .max(4096, { message: "expects at most 4096 MiB" })
      .default(64),
    // How many reverse proxies stand in front of the app, each appending to X-Forwarded-For
    // (lib/auth/client-address.ts); also whether X-Forwarded-Proto counts for HSTS. 0: the headers
    // are the client's own word and never believed.
    TRUSTED_PROXIES: z.coerce
      .number({ message: "expects a number of proxies" })
      .int({ message: "expects a whole number of proxies" })
      .min(0, { message: "expects 0 or more" })
      .max(10, { message: "expects at most 10" })
      .default(0),
    // Failed sign-ins from one client address within 15 minutes before sign-in from it pauses
    // (lib/domain/sign-in-lockout.ts). Raise it for offices whose staff share one public address.
    // Requests per minute each /api/v1 token may make (lib/domain/rate-window.ts), counted per
    // app instance; the 429 that follows says when to retry.
    API_RATE_LIMIT_PER_MINUTE: z.coerce
      .number({ message: "expects a number of requests" })
      .int({ message: "expects a whole number" })
      .min(1, { message: "expects at least 1" })
      .max(100_000, { message: "expects at most 100000" })
      .default(600),
    SIGN_IN_FAILURES_PER_ADDRESS: z.coerce
      .number({ message: "expects a number of failed sign-ins" })
      .int({ message: "expects a whole number" })
      .min(3, { message: "expects at least 3" })
      .max(1000, { message: "expects at most 1000" })
      .default(10),
    // Single sign-on by OpenID Connect (README, "Single sign-on"): the three together or none.
    SSO_ISSUER: z
      .string()
      .trim()
      .url({ message: "expects the identity provider's issuer URL, e.g. https://login.example.gov/realms/staff" })
      .refine(isAllowedIssuer, { message: "expects https (plain http only for a provider on this machine: 127.0.0.1, ::1 or localhost)" })
      .optional(),
    SSO_CLIENT_ID: z.string().trim().min(1).optional(),
    SSO_CLIENT_SECRET: z.string().min(1).optional(),
    SSO_LABEL: z.string().trim().min(1).max(80, { message: "expects at most 80 characters" }).optional(),
    SSO_CREATE_USERS: z.enum(["off", "viewer"], { message: 'expects "off" or "viewer"' }).default("off"),
    PASSWORD_SIGNIN: z.enum(["on", "off"], { message: 'expects "on" or "off"' }).default("on"),
    BREAK_GLASS_ADMINS: z
      .string()
      .default("")
      .transform((v) => v.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.string().email({ message: "expects comma-separated e-mail addresses" }))),
    // Mail (lib/mail): SMTP when SMTP_URL is set; else .eml files into MAIL_DIR when that is set
    // (npm run demo); else off (notifications still show in the app).
    SMTP_URL: smtpUrl.optional(),
    MAIL_FROM: mailFrom.default("Accord <accord@localhost>"),
    MAIL_DIR: z.string().trim().optional(),
    // Links in mail are absolute: where people reach this instance.
    APP_URL: z
      .url({ protocol: /^https?$/, message: 'expects the address people open Accord at, e.g. "https://accord.example.org"' })
      .default("http://localhost:3000")
      .transform((v) => v.replace(/\/+$/, "")),
    // The notification worker (lib/notify) as a child of `npm start` / `npm run demo`.
    NOTIFY_WORKER: z.enum(["on", "off"], { message: 'expects "on" or "off"' }).default("on"),
    NOTIFY_INTERVAL_SECONDS: z.coerce
      .number({ message: "expects a number of seconds" })
      .int({ message: "expects a whole number of seconds" })
      .min(5, { message: "expects at least 5 seconds" })
      .max(3600, { message: "expects at most 3600 seconds" })
      .default(60),
    // Webhooks to loopback and private addresses (a receiver on this host or the LAN; plain HTTP is
    // then allowed to them). Link-local addresses (cloud metadata) stay refused whatever this says.
    WEBHOOKS_ALLOW_PRIVATE: z
      .enum(["true", "false"], { message: 'expects "true" or "false"' })
      .default("false")
      .transform((v) => v === "true"),
    // Largest document accepted per file, in MB (10^6 bytes), enforced while the upload streams in.
    UPLOAD_MAX_MB: z.coerce
      .number({ message: "expects a number of megabytes" })
      .int({ message: "expects a whole number of megabytes" })
      .min(1, { message: "expects at least 1" })
      .max(1024, { message: "expects at most 1024" })
      .default(25),
  })
  .superRefine((env, ctx) => {
    const sso = [env.SSO_ISSUER, env.SSO_CLIENT_ID, env.SSO_CLIENT_SECRET];
    if (sso.some(Boolean) && !sso.every(Boolean)) {
      for (const [name, value] of [["SSO_ISSUER", env.SSO_ISSUER], ["SSO_CLIENT_ID", env.SSO_CLIENT_ID], ["SSO_CLIENT_SECRET", env.SSO_CLIENT_SECRET]] as const) {
        if (!value) ctx.addIssue({ code: "custom", path: [name], message: "is required with the other SSO_ settings (SSO_ISSUER, SSO_CLIENT_ID, SSO_CLIENT_SECRET go together)" });
      }
    }
    if (env.PASSWORD_SIGNIN === "off" && !env.SSO_ISSUER) {
      ctx.addIssue({ code: "custom", path: ["PASSWORD_SIGNIN"], message: "off needs single sign-on (SSO_ISSUER...): otherwise nobody but BREAK_GLASS_ADMINS could sign in" });
    }
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production: a random string of at least 32 characters",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/**
 * Next-auth lets its OpenID client talk plain http to any issuer (@auth/core passes oauth4webapi's
 * allowInsecureRequests unconditionally), so the setting itself refuses http unless the provider
 * is on this machine (the e2e suite's own provider, a local Keycloak under test).
 */
function isAllowedIssuer(value: string): boolean {
  if (!URL.canParse(value)) return true; // reported by .url()
  const url = new URL(value);
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && ["127.0.0.1", "[::1]", "localhost"].includes(url.hostname);
}

/** One line per bad variable, naming it and what it expects. */
export function describeEnvErrors(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${String(issue.path[0] ?? "environment")}: ${issue.message}`)
    .join("\n");
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings in .env mean "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${describeEnvErrors(result.error)}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
