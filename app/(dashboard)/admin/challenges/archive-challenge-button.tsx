"use client";

import { useTranslations } from "next-intl";
import { archiveChallengeAction } from "@/lib/actions/admin";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

/** Archives a challenge (after a confirmation saying what that does) or restores it. */
export function ArchiveChallengeButton({ challengeId, name, archived }: { challengeId: string; name: string; archived: boolean }) {
  const t = useTranslations("admin.challenges");
  const { pending, result, run, reload } = useAction();
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        aria-label={archived ? t("restoreNamed", { name }) : t("archiveNamed", { name })}
        onClick={() => {
          if (archived || window.confirm(t("archiveConfirm", { name }))) {
            run(() => archiveChallengeAction({ challengeId, archived: !archived }));
          }
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
      >
        {archived ? t("restore") : t("archive")}
      </button>
      <FormMessage result={result} onReload={reload} />
    </div>
  );
}
