import "server-only";
import { notFound } from "./api-v1";
import { agreementIdOf } from "../data/api-v1";
import { REFERENCE_MAX, REFERENCE_PATTERN } from "../domain/limits";
import { entityId } from "../validations/common";

export type ReferenceContext = { params: Promise<{ reference: string }> };
export type MilestoneContext = { params: Promise<{ reference: string; milestoneId: string }> };

/** The agreement's id named by the path, or a 404 problem. */
export async function agreementIdFromPath(context: ReferenceContext): Promise<string> {
  const reference = decodeURIComponent((await context.params).reference);
  if (reference.length > REFERENCE_MAX || !REFERENCE_PATTERN.test(reference)) notFound("No such agreement.");
  return (await agreementIdOf(reference)) ?? notFound("No such agreement.");
}

/** The milestone id of the path (that it belongs to the agreement is checked by the write). */
export async function milestoneIdFromPath(context: MilestoneContext): Promise<string> {
  const parsed = entityId().safeParse((await context.params).milestoneId);
  return parsed.success ? parsed.data : notFound("No such milestone.");
}
