"use client";

import { useTranslations } from "next-intl";
import { archiveAgreementAction } from "@/lib/actions/admin";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

/** Archiving hides an agreement by default and keeps all its history; it can be undone. */
export function ArchiveButton({ agreementId, version, archived }: { agreementId: string; version: number; archived: boolean }) {
  const t = useTranslations("admin.agreement");
  const { pending, result, run, reload } = useAction();
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (archived || window.confirm(t("archiveConfirm"))) run(() => archiveAgreementAction({ agreementId, version, archived: !archived }));
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
      >
        {archived ? t("unarchive") : t("archive")}
      </button>
      <FormMessage result={result} onReload={reload} />
    </div>
  );
}
