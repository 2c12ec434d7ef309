import "server-only";
import type { z } from "zod";
import { getCurrentUser } from "../auth/session";
import type { CurrentUser } from "../data/session-user";
import { can, type Permission } from "../domain/permissions";
import { ActionError } from "../errors";
import { fieldErrorsOf } from "../validations/field-errors";
import { withTexts } from "./outcome-text";

export { ActionError, fieldErrorsOf };

/**
 * What every server action returns to its form. `message` is a catalog key; `text` is its words,
 * and `fieldErrors` hold words too, once the action has passed through `withTexts`.
 */
export type ActionResult<T = unknown> = {
  ok: boolean;
  message?: string;
  /** Extra values interpolated into `message`. */
  values?: Record<string, string>;
  /** `message` in the caller's language. */
  text?: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
};

/**
 * The one way a server action runs: session, permission, validation, then the work. A server
 * action is a public endpoint, so none of these steps is left to the page that renders the form.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  /** null: anyone signed in, acting on their own account (sessions, password, second factor). */
  permission: Permission | null,
  fn: (input: z.infer<S>, user: CurrentUser) => Promise<ActionResult<T>>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => withTexts(await run(input));

  async function run(input: unknown): Promise<ActionResult<T>> {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: "errors.unauthenticated" };
    // Step one of the permission check: the role. A permission scoped to an agreement
    // ("agreement:track") is checked again, for that agreement, by the lib/data write itself
    // (step two: lib/data/agreement-write-permission.ts), inside its transaction.
    if (permission && !can(user, permission)) return { ok: false, message: "errors.forbidden" };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, message: "errors.invalidInput", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    try {
      return await fn(parsed.data, user);
    } catch (error) {
      if (error instanceof ActionError) {
        return { ok: false, message: error.message, values: error.values, fieldErrors: error.fieldErrors };
      }
      throw error;
    }
  }
}

/** FormData to a plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    const prev = out[key];
    out[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
