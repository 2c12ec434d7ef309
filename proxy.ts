import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Only a redirect for people without a session cookie. It authorizes nothing: every page,
 * server action and route handler checks the session and permission itself. /api is excluded
 * so that an unauthenticated API call gets its 401 from the handler, not a redirect.
 */
export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") url.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api|login|unsubscribe|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
