"use client";

import { useTranslations } from "next-intl";
import { endSessionAction, signOutEverywhereAction } from "@/lib/actions/account";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

export function EndSessionButton({ sessionId, label }: { sessionId: string; label: string }) {
  const { pending, result, run } = useAction();
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => endSessionAction({ sessionId }))}
        className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 disabled:opacity-60"
      >
        {label}
      </button>
      <FormMessage result={result} />
    </div>
  );
}

export function SignOutEverywhereButton() {
  const t = useTranslations("sessions");
  const { pending, result, run } = useAction();
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => signOutEverywhereAction({}))}
        className="rounded-md border border-red-300 px-3 py-1.5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {t("signOutEverywhere")}
      </button>
      <FormMessage result={result} />
    </div>
  );
}
