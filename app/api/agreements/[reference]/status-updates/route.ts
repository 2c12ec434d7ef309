import { NextResponse } from "next/server";
import { jsonError, withApiUser } from "@/lib/auth/api";
import { ActionError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/actions/authed-action";
import { getAgreementByReference } from "@/lib/data/agreements";
import { postStatusUpdate } from "@/lib/data/tracking";
import { statusUpdateSchema } from "@/lib/validations/tracking";

type Context = { params: Promise<{ reference: string }> };

/** The same write as the form's server action, for integrations: JSON in, 201/4xx out. */
export const POST = withApiUser("agreement:track", async (request, user, context: Context) => {
  const agreement = await getAgreementByReference(decodeURIComponent((await context.params).reference));
  if (!agreement) return jsonError(404, "No such agreement");
  const body: unknown = await request.json().catch(() => undefined);
  if (typeof body !== "object" || body === null) return jsonError(400, "Expected a JSON object");
  const parsed = statusUpdateSchema.safeParse({ ...body, agreementId: agreement.id });
  if (!parsed.success) return jsonError(400, "Invalid input", fieldErrorsOf(parsed.error));
  try {
    const update = await postStatusUpdate(parsed.data, user);
    return NextResponse.json({ id: update.id, version: parsed.data.version + 1 }, { status: 201 });
  } catch (error) {
    if (error instanceof ActionError) return jsonError(error.status, error.message, error.fieldErrors ?? error.values);
    throw error;
  }
});
