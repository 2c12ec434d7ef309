import { handlers } from "@/lib/auth/config";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { throttleFor } from "@/lib/data/sign-in-attempts";
import { retryAfterSeconds } from "@/lib/domain/sign-in-lockout";

export const { GET } = handlers;

/**
 * A password sign-in posted directly (a script rather than the login form) is refused with 429
 * and Retry-After while its address, or everyone, is over the failure limit. Checked before
 * Auth.js reads the body or the CSRF token, so a throttled caller learns nothing else.
 */
export async function POST(request: Request): Promise<Response> {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const now = new Date();
    const throttle = await throttleFor(clientAddressFrom(request.headers), now);
    if (throttle) {
      const retryAfter = retryAfterSeconds(throttle.until, now);
      return Response.json(
        { error: "Too many failed sign-ins", scope: throttle.scope, retryAfter: throttle.until.toISOString() },
        { status: 429, headers: { "Retry-After": String(retryAfter) } },
      );
    }
  }
  return handlers.POST(request as Parameters<typeof handlers.POST>[0]);
}
