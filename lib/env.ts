import { z } from "zod";
import { DEFAULT_DATABASE_URL, isPostgresUrl, isSqliteUrl } from "./database-url";
import { REQUIRE_2FA_VALUES } from "./domain/session-rules";

const databaseUrl = z
  .string()
  .trim()
  .refine((v) => isSqliteUrl(v) || isPostgresUrl(v), {
    message: 'expects "file:./path/to/accord.db" (SQLite) or "postgresql://user:pass@host/db"',
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
    REQUIRE_2FA: z.enum(REQUIRE_2FA_VALUES, { message: 'expects "admins", "all" or "none"' }).default("admins"),
    STALE_AFTER_DAYS: z.coerce
      .number({ message: "expects a number of days" })
      .int({ message: "expects a whole number of days" })
      .min(1, { message: "expects at least 1 day" })
      .max(365, { message: "expects at most 365 days" })
      .default(30),
    // "off" keeps nothing between requests (lib/data/revision-keyed-cache.ts): for measuring the uncached
    // path, or to rule the caches out while investigating.
    READ_CACHE: z.enum(["on", "off"], { message: 'expects "on" or "off"' }).default("on"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production: a random string of at least 32 characters",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

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
