import type { z } from "zod";
import { jsonWithEtag, withApiToken } from "@/lib/auth/api-v1";
import { readVisits } from "@/lib/data/api-v1";
import type { visitListOut } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

export const GET = withApiToken("agreement:read", async (request) => {
  const body: z.infer<typeof visitListOut> = { items: await readVisits() };
  return jsonWithEtag(request, body);
});
