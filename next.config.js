import { createRequire } from "node:module";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

// Headers that never vary, on every response (pages, /api, static files, errors, redirects). The
// per-request ones (the Content-Security-Policy with its nonce, Strict-Transport-Security) come
// from proxy.ts; /_next/static and /_next/image, which the proxy does not see, get their closed
// CSP here (the same as lib/security/headers.ts NON_PAGE_CSP).
const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: [
      "accelerometer=()",
      "browsing-topics=()",
      "camera=()",
      "display-capture=()",
      "geolocation=()",
      "gyroscope=()",
      "hid=()",
      "magnetometer=()",
      "microphone=()",
      "midi=()",
      "payment=()",
      "screen-wake-lock=()",
      "serial=()",
      "usb=()",
      "xr-spatial-tracking=()",
    ].join(", "),
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
const CLOSED_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel checkouts or benchmark builds keep separate build folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // bench/first-load-js.ts builds with source maps to name the modules each page's JavaScript holds.
  productionBrowserSourceMaps: process.env.NEXT_BROWSER_SOURCE_MAPS === "1",
  // Read from its own folder at run time (app/api/reference-ui), not bundled.
  serverExternalPackages: ["swagger-ui-dist"],
  // e2e tests and the benchmark open the app on 127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403.
    authInterrupts: true,
    // CSV imports accept files up to 2 MB (lib/validations/import.ts); Next's default is 1 MB.
    serverActions: { bodySizeLimit: "3mb" },
  },
  typedRoutes: false,
  turbopack: {
    resolveAlias: {
      // Messages reach use-intl compiled (app/_i18n/request.ts, lib/i18n/compiled-catalog.ts), so
      // its formatter is the compiled-only one: no ICU parser in any page's JavaScript.
      "use-intl/format-message": `./${path.relative(process.cwd(), createRequire(import.meta.url).resolve("use-intl/format-message/format-only")).split(path.sep).join("/")}`,
    },
  },
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: CLOSED_CSP }] },
    ];
  },
};

export default withNextIntl(nextConfig);
