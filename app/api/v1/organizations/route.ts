import type { z } from "zod";
import { jsonWithEtag, withApiToken } from "@/lib/auth/api-v1";
import { readOrganizations } from "@/lib/data/api-v1";
import type { organizationListOut } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

export const GET = withApiToken("agreement:read", async (request) => {
  const body: z.infer<typeof organizationListOut> = { items: await readOrganizations() };
  return jsonWithEtag(request, body);
});
