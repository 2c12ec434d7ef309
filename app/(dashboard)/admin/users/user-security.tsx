"use client";

import { useTranslations } from "next-intl";
import { adminEndSessionsAction } from "@/lib/actions/account";
import { adminResetSecondFactorAction } from "@/lib/actions/second-factor";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

/**
 * Per user: their active sessions, which an administrator can end (a lost laptop, a departure), and
 * their second factor, which an administrator can reset (a lost phone).
 */
export function UserSecurityControls({
  userId,
  email,
  activeSessions,
  secondFactorEnabled,
}: {
  userId: string;
  email: string;
  activeSessions: number;
  secondFactorEnabled: boolean;
}) {
  const t = useTranslations("sessions");
  const t2 = useTranslations("secondFactor");
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
      <span className="text-slate-600" data-second-factor={secondFactorEnabled}>
        {secondFactorEnabled ? t2("adminOn") : t2("adminOff")}
      </span>
      {secondFactorEnabled ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => adminResetSecondFactorAction({ userId }))}
          aria-label={`${t2("adminResetButton")}: ${email}`}
          className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50 disabled:opacity-50"
        >
          {t2("adminResetButton")}
        </button>
      ) : null}
      <FormMessage result={result} />
    </div>
  );
}
