"use client";

import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";
import type { ActionResult } from "@/lib/actions/authed-action";

/**
 * Archive / restore, for anything that can be archived and brought back (agreements, challenges):
 * archiving asks for confirmation with a text that says what it does; restoring does not.
 */
export function ArchiveToggle({
  archived,
  toggle,
  labels,
}: {
  archived: boolean;
  /** Calls the server action with the new state. */
  toggle: (archived: boolean) => Promise<ActionResult>;
  labels: { archive: string; restore: string; confirm: string; accessibleName?: string };
}) {
  const { pending, result, run, reload } = useAction();
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        aria-label={labels.accessibleName}
        onClick={() => {
          if (archived || window.confirm(labels.confirm)) run(() => toggle(!archived));
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
      >
        {archived ? labels.restore : labels.archive}
      </button>
      <FormMessage result={result} onReload={reload} />
    </div>
  );
}
