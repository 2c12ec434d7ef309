"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { retryDeliveryAction } from "@/lib/actions/notification-settings";
import { FormMessage } from "@/app/_components/form-message";
import { useAction } from "@/app/_components/use-action";

export function RetryButton({ id, person }: { id: string; person: string }) {
  const t = useTranslations("deliveries");
  const { pending, result, run } = useAction();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // The row leaves a "failed" list once retried, and its own message with it: the page says it.
  const confirmOnPage = () => {
    const next = new URLSearchParams(searchParams);
    next.set("retried", id);
    router.replace(`${pathname}?${next}`);
  };
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => retryDeliveryAction({ id }), confirmOnPage)}
        aria-label={t("retryLabel", { person })}
        className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50 disabled:opacity-60"
      >
        {t("retry")}
      </button>
      <FormMessage result={result} />
    </div>
  );
}
