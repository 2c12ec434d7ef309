// The framework's floor for bench/first-load-js.ts: a bare App Router app of the same Next.js and
// React as Accord, with one client form and one server action, and nothing else.
/** @type {import('next').NextConfig} */
export default {
  distDir: ".next-floor",
  poweredByHeader: false,
  productionBrowserSourceMaps: true,
};
