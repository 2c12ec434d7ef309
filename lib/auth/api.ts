import "server-only";
import { NextResponse } from "next/server";
import { getCurrentUser } from "./session";
import type { CurrentUser } from "../data/session-user";
import { can, type Permission } from "../domain/permissions";

export function jsonError(status: number, error: string, details?: unknown) {
  return NextResponse.json({ error, ...(details === undefined ? {} : { details }) }, { status });
}

type Handler<C> = (request: Request, user: CurrentUser, context: C) => Promise<Response>;

/** Route handlers answer 401/403 themselves: the proxy never guards /api. */
export function withApiUser<C>(permission: Permission, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return jsonError(401, "Authentication required");
    if (!can(user, permission)) return jsonError(403, `Missing permission ${permission}`);
    return handler(request, user, context);
  };
}
