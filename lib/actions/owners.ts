"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "./authed-action";
import { focalPointSchema } from "../validations/tracking";
import { setFocalPoint } from "../data/owners";

export const setFocalPointAction = authedAction(focalPointSchema, "agreement:track", async (input, user) => {
  await setFocalPoint(input, user);
  revalidatePath("/agreements", "layout");
  return { ok: true, message: "owners.saved" };
});
