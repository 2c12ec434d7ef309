import type { z } from "zod";

/** Each field's first problem, as a catalog key (`_form` for the form as a whole). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    // One message per field: the first problem is the one to fix first.
    out[key] ??= [messageKey(issue)];
  }
  return out;
}

/**
 * The catalog key a field's problem is shown with. Schemas give their own keys; zod's own English
 * sentence ("Invalid input: expected string, received undefined") only comes from a request no
 * form sends (a field left out, an array for a string), and is shown as "required" or "invalid"
 * in the reader's language rather than in English.
 */
function messageKey(issue: z.core.$ZodIssue): string {
  if (!/\s/.test(issue.message)) return issue.message;
  return issue.code === "invalid_type" ? "validation.required" : "validation.invalid";
}
