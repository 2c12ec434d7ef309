import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { DOCUMENT_CSP, HSTS, NON_PAGE_CSP, createNonce, isHttpsRequest, pageCsp } from "@/lib/security/headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
/** Served to anyone: the sign-in page and what it (and crawlers) fetch before signing in. */
// /unsubscribe: a signed link from an e-mail, opened without a session (the page checks the token).
const PUBLIC_PATHS = new Set(["/login", "/unsubscribe", "/icon.svg", "/robots.txt", "/favicon.ico"]);
/** Not pages: they get the closed NON_PAGE_CSP and no nonce. */
const NON_PAGE_PATHS = new Set(["/icon.svg", "/robots.txt", "/favicon.ico"]);

/** The identity provider's origin, where the single sign-on button's form ends up. */
function formTargets(): string[] {
  const issuer = env().SSO_ISSUER;
  return issuer ? [new URL(issuer).origin] : [];
}

function isApi(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/**
 * Two jobs. (1) Security headers that vary per request: a Content-Security-Policy with a fresh
 * nonce for pages (set on the request too, which is where Next reads the nonce for its own
 * scripts), a closed one for everything else, and Strict-Transport-Security over HTTPS.
 * (2) A redirect to /login for people without a session cookie. It authorizes nothing: every
 * page, server action and route handler checks the session and permission itself. /api is never
 * redirected: an unauthenticated API call gets its 401 from the handler.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const https = isHttpsRequest({
    urlProtocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get("x-forwarded-proto"),
    trustedProxies: env().TRUSTED_PROXIES,
  });

  if (isApi(pathname) || NON_PAGE_PATHS.has(pathname)) {
    const csp = pathname.startsWith("/api/documents/") ? DOCUMENT_CSP : NON_PAGE_CSP;
    return withHeaders(NextResponse.next(), csp, https);
  }

  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && !PUBLIC_PATHS.has(pathname)) {
    const url = new URL("/login", request.url);
    const target = pathname + request.nextUrl.search;
    if (target !== "/") url.searchParams.set("callbackUrl", target);
    return withHeaders(NextResponse.redirect(url), NON_PAGE_CSP, https);
  }

  const csp = pageCsp({ nonce: createNonce(), dev: process.env.NODE_ENV === "development", https, formTargets: formTargets() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, https);
}

function withHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Everything but the build's static files and image optimizer, which next.config.js covers.
  // Not the document upload: a proxy makes Next buffer (and cut at 10 MB) every request body it
  // sees, and that route streams its body to disk itself; it sets its own headers.
  matcher: ["/((?!_next/static|_next/image|api/agreements/[^/]+/documents$).*)"],
};
