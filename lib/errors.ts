/**
 * An expected refusal (validation, permission, conflict) raised by lib/data and turned into an
 * action result or an HTTP status by the caller. Messages are catalog keys.
 */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 = 400,
    readonly values?: Record<string, string>,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}
