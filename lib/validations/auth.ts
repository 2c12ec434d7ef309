import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: "validation.email" }).max(254, { message: "validation.tooLong" }),
  password: z.string().min(1, { message: "validation.required" }).max(200, { message: "validation.tooLong" }),
  callbackUrl: z.string().optional(),
});

export const MIN_PASSWORD_LENGTH = 12;

/**
 * A password strong enough for an account: 12+ characters with letters and digits or symbols.
 * The server also refuses common and breached passwords and ones containing the person's name or
 * e-mail (lib/data/password-policy.ts): that list is too large for a schema the browser loads.
 */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: "validation.passwordTooShort" })
  .max(200, { message: "validation.tooLong" })
  .refine((p) => /\p{L}/u.test(p) && /[^\p{L}]/u.test(p), { message: "validation.passwordWeak" })
  .refine((p) => new Set(p).size >= 6, { message: "validation.passwordWeak" });

/** Only same-site paths may be a post-login destination (no open redirect). */
export function safeCallbackPath(value: string | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/login")) return "/";
  return value;
}
