import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel checkouts or benchmark builds keep separate build folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // e2e tests and the benchmark open the app on 127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403.
    authInterrupts: true,
    // CSV imports accept files up to 2 MB (lib/validations/import.ts); Next's default is 1 MB.
    serverActions: { bodySizeLimit: "3mb" },
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
