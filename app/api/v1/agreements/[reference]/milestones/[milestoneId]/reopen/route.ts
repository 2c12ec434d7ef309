import { readJsonBody, versionFrom, withApiToken } from "@/lib/auth/api-v1";
import { agreementIdFromPath, milestoneIdFromPath, type MilestoneContext } from "@/lib/auth/api-v1-path";
import { readMilestone } from "@/lib/data/api-v1";
import { reopenMilestone } from "@/lib/data/milestones";
import { milestoneReopenBody } from "@/lib/validations/api-v1";

export const dynamic = "force-dynamic";

/** Reopens a completed milestone (the form's write); a stale version is a 409. */
export const POST = withApiToken("agreement:track", async (request, caller, context: MilestoneContext) => {
  const agreementId = await agreementIdFromPath(context);
  const milestoneId = await milestoneIdFromPath(context);
  const input = await readJsonBody(request, milestoneReopenBody);
  const version = versionFrom(request, input.version);
  await reopenMilestone({ ...input, agreementId, milestoneId, version }, caller.user);
  return Response.json(await readMilestone(agreementId, milestoneId), { headers: { "Cache-Control": "no-store" } });
});
