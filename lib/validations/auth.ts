import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: "validation.email" }).max(254),
  password: z.string().min(1, { message: "validation.required" }).max(200),
  callbackUrl: z.string().optional(),
});

/** A password strong enough for an account: 12+ characters with letters and digits or symbols. */
export const newPasswordSchema = z
  .string()
  .min(12, { message: "validation.passwordTooShort" })
  .max(200, { message: "validation.tooLong" })
  .refine((p) => /\p{L}/u.test(p) && /[^\p{L}]/u.test(p), { message: "validation.passwordWeak" })
  .refine((p) => new Set(p).size >= 6, { message: "validation.passwordWeak" });

/** Only same-site paths may be a post-login destination (no open redirect). */
export function safeCallbackPath(value: string | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/login")) return "/";
  return value;
}
