"use client";

import { useTranslations } from "next-intl";
import { archiveChallengeAction } from "@/lib/actions/admin";
import { ArchiveToggle } from "@/app/_components/archive-toggle";

/** Archives a challenge (after a confirmation saying what that does) or restores it. */
export function ArchiveChallengeButton({ challengeId, name, archived }: { challengeId: string; name: string; archived: boolean }) {
  const t = useTranslations("admin.challenges");
  return (
    <ArchiveToggle
      archived={archived}
      toggle={(next) => archiveChallengeAction({ challengeId, archived: next })}
      labels={{
        archive: t("archive"),
        restore: t("restore"),
        confirm: t("archiveConfirm", { name }),
        accessibleName: archived ? t("restoreNamed", { name }) : t("archiveNamed", { name }),
      }}
    />
  );
}
