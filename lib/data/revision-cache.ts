import "server-only";
import { cache } from "react";
import { prisma } from "../db";
import { readRevision } from "./revision";

export { RevisionCache } from "../read-cache";

/**
 * The data revision for this request: read once per page render (React's request cache), and on
 * each call elsewhere (route handlers).
 */
export const currentRevision = cache(() => readRevision(prisma));
