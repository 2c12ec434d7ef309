"use client";

import { useTranslations } from "next-intl";
import { adminEndSessionsAction } from "@/lib/actions/account";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

/** Per user: their active sessions, which an administrator can end (a lost laptop, a departure). */
export function UserSecurityControls({
  userId,
  email,
  activeSessions,
}: {
  userId: string;
  email: string;
  activeSessions: number;
  secondFactorEnabled: boolean;
}) {
  const t = useTranslations("sessions");
  const { pending, result, run } = useAction();
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3 text-sm" data-testid={`security-${email}`}>
      <span className="text-slate-600" data-active-sessions={activeSessions}>
        {t("adminActive", { count: activeSessions })}
      </span>
      <button
        type="button"
        disabled={pending || activeSessions === 0}
        onClick={() => run(() => adminEndSessionsAction({ userId }))}
        aria-label={`${t("adminEnd")}: ${email}`}
        className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50 disabled:opacity-50"
      >
        {t("adminEnd")}
      </button>
      <FormMessage result={result} />
    </div>
  );
}
