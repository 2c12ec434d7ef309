import { z } from "zod";
import { entityId } from "./common";

const cuid = entityId();
const name = z.string().trim().min(1, { message: "validation.required" }).max(80, { message: "validation.tooLong" });

export const savedViewCreateSchema = z.object({
  name,
  // The table's query string; re-parsed (and so cleaned) by parseAgreementQuery before storing.
  query: z.string().max(2000, { message: "validation.tooLong" }),
  shared: z.boolean().default(false),
});
export const savedViewRenameSchema = z.object({ viewId: cuid, name });
export const savedViewDeleteSchema = z.object({ viewId: cuid });
