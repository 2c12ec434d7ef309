import type { MetadataRoute } from "next";

/** Accord is an internal tool: nothing in it is for search engines. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", disallow: "/" } };
}
