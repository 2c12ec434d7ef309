import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { throttleFor } from "@/lib/data/sign-in-attempts";
import { retryAfterSeconds } from "@/lib/domain/sign-in-lockout";

/**
 * The OpenID callback must name the same redirect URI as the authorization request. That one is
 * built by the sign-in server action from the Host header (trustHost); a route handler's own URL
 * says "localhost" under `next start -H 127.0.0.1`, and the provider then refused the code
 * ("redirect_uri mismatch", seen in the e2e suite). So GETs use the Host header's origin too.
 */
export function GET(request: NextRequest): Promise<Response> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const url = new URL(request.url);
  if (!host || host === url.host) return handlers.GET(request);
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.slice(0, -1);
  return handlers.GET(new NextRequest(new URL(`${url.pathname}${url.search}`, `${proto}://${host}`), { headers: request.headers }));
}

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
