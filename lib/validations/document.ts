import { z } from "zod";
import { entityId } from "./common";

const id = entityId();
const optionalId = z.union([id, z.literal("")]).optional().transform((v) => v || undefined);

/**
 * The upload's query string (the body is the file itself, streamed). The name is only bounded
 * here; lib/domain/document-name.ts decides whether it is acceptable and says why not.
 */
export const documentUploadQuerySchema = z.object({
  name: z.string().max(4000),
  restricted: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
  milestoneId: optionalId,
  statusUpdateId: optionalId,
});

export const documentIdSchema = id;

export const DOCUMENT_WITHDRAW_REASON_MAX = 500;

export const documentWithdrawSchema = z.object({
  documentId: id,
  reason: z
    .string({ message: "documents.errors.reasonRequired" })
    .trim()
    .min(1, { message: "documents.errors.reasonRequired" })
    .max(DOCUMENT_WITHDRAW_REASON_MAX, { message: "documents.errors.reasonTooLong" }),
});

export const documentRestoreSchema = z.object({ documentId: id });
