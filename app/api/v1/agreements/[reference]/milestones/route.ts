import type { z } from "zod";
import { jsonCreated, jsonWithEtag, readJsonBody, withApiToken } from "@/lib/auth/api-v1";
import { agreementIdFromPath, type ReferenceContext } from "@/lib/auth/api-v1-path";
import { readMilestone, readMilestones } from "@/lib/data/api-v1";
import { addMilestone } from "@/lib/data/milestones";
import { milestoneCreateBody, type milestoneListOut } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

export const GET = withApiToken("agreement:read", async (request, _caller, context: ReferenceContext) => {
  const body: z.infer<typeof milestoneListOut> = { items: await readMilestones(await agreementIdFromPath(context)) };
  return jsonWithEtag(request, body);
});

/** The form's write (lib/data/milestones.ts), with the same agreement check in its transaction. */
export const POST = withApiToken("agreement:track", async (request, caller, context: ReferenceContext) => {
  const agreementId = await agreementIdFromPath(context);
  const input = await readJsonBody(request, milestoneCreateBody);
  const created = await addMilestone({ ...input, agreementId }, caller.user);
  return jsonCreated(await readMilestone(agreementId, created.id));
});
