import type { z } from "zod";
import { jsonWithEtag, withApiToken } from "@/lib/auth/api-v1";
import { agreementIdFromPath, type ReferenceContext } from "@/lib/auth/api-v1-path";
import { readHistory } from "@/lib/data/api-v1";
import type { historyOut } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

/** The agreement's status updates, newest first, each with its assessments. */
export const GET = withApiToken("agreement:read", async (request, _caller, context: ReferenceContext) => {
  const body: z.infer<typeof historyOut> = { items: await readHistory(await agreementIdFromPath(context)) };
  return jsonWithEtag(request, body);
});
