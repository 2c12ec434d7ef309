import { z } from "zod";
import { entityId, isoDay } from "./common";

const id = entityId();
const isoDate = isoDay;

/** The audit log's URL state; junk falls back to "no filter". */
export const auditQuerySchema = z.object({
  actor: id.optional().catch(undefined),
  agreement: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{3,60}$/).optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  size: z.coerce.number().int().refine((n) => [25, 50, 100].includes(n)).catch(50).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

const DEFAULT_AUDIT_QUERY: AuditQuery = auditQuerySchema.parse({});

/** The view's query string, from its parsed state, leaving out defaults (what a page link keeps). */
export function auditQueryToParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === DEFAULT_AUDIT_QUERY[key as keyof AuditQuery]) continue;
    params.set(key, String(value));
  }
  return params;
}
