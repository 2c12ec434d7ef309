import { z } from "zod";
import { entityId } from "./common";
import { translatedTextsSchema } from "./locale";

export const ORGANIZATION_NAME_MAX = 200;
export const ORGANIZATION_SHORT_NAME_MAX = 60;

const name = z.string().trim().min(1, { message: "validation.required" }).max(ORGANIZATION_NAME_MAX, { message: "validation.tooLong" });
const shortName = z.string().trim().max(ORGANIZATION_SHORT_NAME_MAX, { message: "validation.tooLong" }).default("");

/**
 * An organization's names: in English (the original, unique: imports and exports name parties by
 * it) and in the other three languages, each a name and a short name. `updatedAt` is the row the
 * form was based on: a save over someone else's newer one is refused.
 */
export const organizationNamesSchema = z.object({
  organizationId: entityId(),
  updatedAt: z.iso.datetime({ message: "validation.invalidVersion" }),
  name,
  shortName,
  texts: translatedTextsSchema("name", { name: ORGANIZATION_NAME_MAX, shortName: ORGANIZATION_SHORT_NAME_MAX }),
});
export type OrganizationNamesInput = z.infer<typeof organizationNamesSchema>;
