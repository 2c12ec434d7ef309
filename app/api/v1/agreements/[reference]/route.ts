import { jsonWithEtag, notFound, withApiToken } from "@/lib/auth/api-v1";
import type { ReferenceContext } from "@/lib/auth/api-v1-path";
import { readAgreement } from "@/lib/data/api-v1";

export const dynamic = "force-dynamic";

/** One agreement with its parties, current assessments, milestones and version. */
export const GET = withApiToken("agreement:read", async (request, _caller, context: ReferenceContext) => {
  const agreement = await readAgreement(decodeURIComponent((await context.params).reference));
  if (!agreement) notFound("No such agreement.");
  return jsonWithEtag(request, agreement.body);
});
