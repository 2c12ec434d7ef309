import "server-only";
import { cache } from "react";
import { prisma } from "../db";
import { env } from "../env";
import { RevisionCache } from "../read-cache";
import { readRevision } from "./data-revision";

/**
 * The data revision for this request: read once per page render (React's request cache), and on
 * each call elsewhere (route handlers).
 */
export const currentRevision = cache(() => readRevision(prisma));

/** A read cache for lib/data; with READ_CACHE=off it keeps nothing. */
export function revisionCache<V>(options: { maxEntries: number; maxAgeMs: number }): RevisionCache<V> {
  return new RevisionCache<V>({ ...options, maxEntries: env().READ_CACHE === "off" ? 0 : options.maxEntries });
}
