// The headers the proxy adds per request. The ones that never change (nosniff, X-Frame-Options,
// Referrer-Policy, Permissions-Policy, COOP) come from next.config.js `headers()`, which also
// covers what the proxy does not see (/_next/static, /_next/image).

/** A fresh, unguessable nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

type PageCspOptions = {
  nonce: string;
  dev: boolean;
  https: boolean;
  /**
   * Origins a form may lead to besides our own: the single sign-on button posts to Auth.js, which
   * redirects to the identity provider, and browsers check form-action on that redirect too.
   */
  formTargets?: readonly string[];
};

/**
 * The policy for HTML pages. Next puts the nonce on its own scripts (it reads this policy from
 * the request header the proxy sets); 'strict-dynamic' lets those scripts load the chunks they
 * need, and nothing else runs: no inline script without the nonce, no eval (except under
 * `next dev`, where React rebuilds server error stacks with eval).
 *
 * Styles: <style> and <link rel=stylesheet> need the nonce or our own origin. Style ATTRIBUTES
 * are the one loosening: server-rendered `style="..."` (colour swatches) is an attribute in the HTML, which a CSP without 'unsafe-inline' for attributes
 * blocks. `style-src-attr 'unsafe-inline'` allows exactly those attributes and no <style>
 * element; an attribute cannot run script, so the cost is limited to CSS-only injection.
 */
export function pageCsp({ nonce, dev, https, formTargets = [] }: PageCspOptions): string {
  const scripts = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    // Over plain HTTP (a laptop, the e2e run) upgrading would break every asset.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * For everything that is not a page (JSON, CSV, PDF, redirects, icons): nothing may load and
 * nothing may frame it. A PDF opened in the browser's viewer is unaffected: the viewer is the
 * browser's own page.
 */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * For uploaded documents (/api/documents/...): the closed policy plus `sandbox`, so that even a
 * file shown inline (a PDF or an image preview) runs in an opaque origin with no scripts, forms
 * or access to Accord's cookies and storage.
 */
export const DOCUMENT_CSP = `${NON_PAGE_CSP}; sandbox`;

/** One year; no includeSubDomains: Accord does not own its parent domain's other hosts. */
export const HSTS = "max-age=31536000";

type RequestProtocol = {
  /** The protocol Next reports for the request ("https:" or "http:"). */
  urlProtocol: string;
  /** The X-Forwarded-Proto header as received, if any. */
  forwardedProto: string | null;
  /** TRUSTED_PROXIES: how many reverse proxies stand in front of the app. */
  trustedProxies: number;
};

/**
 * Whether the browser reached us over HTTPS. Next itself believes any X-Forwarded-Proto, which a
 * client can send; so with no trusted proxy an "https" it claims is ignored, and only an
 * encrypted connection to the app itself counts. Behind N trusted proxies the value the outermost
 * of them wrote counts: proxies that append write "client-facing, ..., nearest", so it is the
 * N-th entry from the end (the first when fewer are present).
 */
export function isHttpsRequest({ urlProtocol, forwardedProto, trustedProxies }: RequestProtocol): boolean {
  if (trustedProxies > 0 && forwardedProto) {
    const hops = (forwardedProto ?? "").split(",").map((value) => value.trim().toLowerCase());
    const outermost = hops[Math.max(0, hops.length - trustedProxies)];
    return outermost === "https";
  }
  if (trustedProxies === 0 && forwardedProto?.toLowerCase().includes("https")) return false;
  return urlProtocol === "https:";
}
