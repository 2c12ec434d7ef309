"use client";

import { useTranslations } from "next-intl";
import { followAction } from "@/lib/actions/comments";
import { useAction } from "@/app/_components/use-action";
import { FormMessage } from "@/app/_components/form-message";

export function FollowButton({ agreementId, following, count }: { agreementId: string; following: boolean; count: number }) {
  const t = useTranslations("notifications.follow");
  const { pending, result, run } = useAction();
  return (
    <div className="flex items-center gap-2 text-sm" data-testid="follow">
      <button
        type="button"
        aria-pressed={following}
        disabled={pending}
        onClick={() => run(() => followAction({ agreementId, follow: !following }))}
        className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 disabled:opacity-60"
        title={t("help")}
      >
        {following ? t("unfollow") : t("follow")}
      </button>
      <span className="text-slate-600" data-testid="follower-count" data-count={count}>
        {t("followers", { count })}
      </span>
      <FormMessage result={result && !result.ok ? result : null} />
    </div>
  );
}
