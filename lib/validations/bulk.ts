import { z } from "zod";
import { entityId } from "./common";
import { AGREEMENT_STATUSES } from "../domain/vocabulary";
import { NOTE_MAX } from "../domain/limits";

const cuid = entityId();

/** Set one status and/or add one note to many agreements; each gets its own history entry. */
export const bulkUpdateSchema = z
  .object({
    agreementIds: z.array(cuid).min(1, { message: "bulk.noneSelected" }).max(100, { message: "bulk.tooMany" }),
    status: z.union([z.literal(""), z.enum(AGREEMENT_STATUSES, { message: "validation.status" })]).default(""),
    note: z.string().trim().max(NOTE_MAX, { message: "validation.tooLong" }).default(""),
  })
  .refine((v) => v.status !== "" || v.note !== "", { message: "bulk.nothingToDo", path: ["status"] });
export type BulkUpdateInput = z.infer<typeof bulkUpdateSchema>;
