"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction, type ActionResult } from "./authed-action";
import { applyImport, listImportVisits, planImport, type ImportPlan } from "../data/agreement-import";
import { decodeImportFile, parseImportCsv, type ImportProblem } from "../validations/import";
import { IMPORT_MAX_BYTES } from "../domain/limits";
import { entityId } from "../validations/common";

export type ImportPreview = {
  fileName: string;
  /** Problems with the file as a whole: nothing can be imported until they are fixed. */
  problems: ImportProblem[];
  plan: ImportPlan | null;
  canConfirm: boolean;
};

const id = entityId("import.errors.unknownVisit");
const fileSchema = z.instanceof(File, { message: "import.errors.noFile" }).refine((f) => f.size > 0, { message: "import.errors.noFile" });
const previewSchema = z.object({ file: fileSchema, visitId: id });
const confirmSchema = previewSchema.extend({ digest: z.string().regex(/^[a-f0-9]{64}$/) });

/** Reads, checks and plans an upload; the same path for preview and confirm (nothing trusted). */
async function preview(file: File, visitId: string): Promise<ImportPreview> {
  const base = { fileName: file.name.slice(0, 200), plan: null, canConfirm: false };
  // Checked before reading: an oversized upload is refused without decoding it.
  if (file.size > IMPORT_MAX_BYTES) return { ...base, problems: [{ key: "import.errors.tooLarge", values: { max: "2 MB" } }] };
  const decoded = decodeImportFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { ...base, problems: [decoded.problem] };
  const parsed = parseImportCsv(decoded.text);
  if (!parsed.ok) return { ...base, problems: parsed.problems };
  const plan = await planImport(parsed.rows, parsed.rejected, visitId);
  if (plan.creates.length && !(await listImportVisits()).some((v) => v.id === visitId)) {
    return { ...base, problems: [{ key: "import.errors.unknownVisit" }] };
  }
  const canConfirm = plan.rejected.length === 0 && plan.creates.length + plan.updates.length > 0;
  return { ...base, problems: [], plan, canConfirm };
}

const previewAction = authedAction(previewSchema, "agreement:import", async (input): Promise<ActionResult<ImportPreview>> => {
  return { ok: true, data: await preview(input.file, input.visitId) };
});

const confirmAction = authedAction(
  confirmSchema,
  "agreement:import",
  async (input, user): Promise<ActionResult<ImportPreview | { created: number; updated: number }>> => {
    // Recomputed from the file and the database as they are now, never taken from the client.
    const current = await preview(input.file, input.visitId);
    if (!current.canConfirm || !current.plan) return { ok: false, message: "import.blocked", data: current };
    if (current.plan.digest !== input.digest) return { ok: false, message: "import.changedSincePreview", data: current };
    const result = await applyImport(current.plan, input.visitId, user.id);
    revalidatePath("/agreements");
    return {
      ok: true,
      message: "import.done",
      values: { created: String(result.created), updated: String(result.updated) },
      data: result,
    };
  },
);

const fields = (formData: FormData) => ({
  file: formData.get("file"),
  visitId: formData.get("visitId"),
  digest: formData.get("digest") ?? undefined,
});

/** Preview: what the file would create, change (field by field) and which rows are rejected. */
export async function previewImport(formData: FormData) {
  return previewAction(fields(formData));
}

/** Confirm: re-reads the same file, and writes only if the plan is still the one previewed. */
export async function confirmImport(formData: FormData) {
  return confirmAction(fields(formData));
}
