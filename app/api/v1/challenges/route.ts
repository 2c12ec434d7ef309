import type { z } from "zod";
import { jsonWithEtag, withApiToken } from "@/lib/auth/api-v1";
import { readChallenges } from "@/lib/data/api-v1";
import type { challengeListOut } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

export const GET = withApiToken("agreement:read", async (request) => {
  const body: z.infer<typeof challengeListOut> = { items: await readChallenges() };
  return jsonWithEtag(request, body);
});
