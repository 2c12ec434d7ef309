import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { listAllChallenges } from "@/lib/data/challenges";
import { ChallengeForm } from "./challenge-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.challenges"))("title") };
}

export default async function ChallengesPage() {
  await requirePermission("challenge:manage");
  const [challenges, t] = await Promise.all([listAllChallenges(), getTranslations("admin.challenges")]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ul className="space-y-3">
        {challenges.map((c) => (
          <li key={`${c.id}-${c.updatedAt.getTime()}`} className="rounded-lg border border-slate-200 bg-white p-4" data-challenge-row={c.id}>
            <p className="mb-2 text-xs text-slate-500">{t("assessedCount", { count: c._count.assessments })}</p>
            <ChallengeForm challenge={{ id: c.id, name: c.name, description: c.description }} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-challenge" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-challenge" className="mb-2 text-lg font-semibold">{t("create")}</h2>
        <ChallengeForm />
      </section>
    </div>
  );
}
