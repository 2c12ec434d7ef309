"use client";

import { useTranslations } from "next-intl";
import { archiveAgreementAction } from "@/lib/actions/admin";
import { ArchiveToggle } from "@/app/_components/archive-toggle";

/** Archiving hides an agreement by default and keeps all its history; it can be undone. */
export function ArchiveButton({ agreementId, version, archived }: { agreementId: string; version: number; archived: boolean }) {
  const t = useTranslations("admin.agreement");
  return (
    <ArchiveToggle
      archived={archived}
      toggle={(next) => archiveAgreementAction({ agreementId, version, archived: next })}
      labels={{ archive: t("archive"), restore: t("unarchive"), confirm: t("archiveConfirm") }}
    />
  );
}
