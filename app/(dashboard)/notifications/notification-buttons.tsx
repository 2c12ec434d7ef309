"use client";

import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";
import { useAction } from "@/app/_components/use-action";
import { FormMessage } from "@/app/_components/form-message";

const button = "rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-50";

export function MarkReadButton({ id }: { id: string }) {
  const t = useTranslations("notifications");
  const { pending, result, run } = useAction();
  return (
    <>
      <button type="button" className={button} disabled={pending} onClick={() => run(() => markNotificationReadAction({ id }))}>
        {t("markRead")}
      </button>
      <FormMessage result={result && !result.ok ? result : null} />
    </>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const { pending, result, run } = useAction();
  return (
    <div className="flex items-center gap-2">
      <button type="button" className={button} disabled={pending} onClick={() => run(() => markAllNotificationsReadAction({}))}>
        {t("markAllRead")}
      </button>
      <FormMessage result={result} />
    </div>
  );
}
