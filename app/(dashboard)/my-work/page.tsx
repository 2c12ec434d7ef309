import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { myWork, type OwedMilestone } from "@/lib/data/my-work";
import { formatDay } from "@/lib/format";
import { readerLocale } from "@/app/_i18n/reader-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myWork"))("title") };
}

export default async function MyWorkPage() {
  const user = await requirePermission("agreement:read");
  const [t, work] = await Promise.all([getTranslations("myWork"), myWork(user, new Date(), await readerLocale())]);
  const organization = user.organizationName ?? "";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      {work.empty ? (
        <p className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900" data-testid="nothing-owed">
          {t("nothingOwed")}
        </p>
      ) : null}
      {!user.organizationId ? <p className="text-sm text-slate-600">{t("noOrganization")}</p> : null}
      <Section id="mine" title={t("mine")}>
        <Owed testId="mine" overdue={work.mine.overdue} dueSoon={work.mine.dueSoon} />
      </Section>
      {user.organizationId ? (
        <>
          <Section id="organization" title={t("organization", { organization })}>
            <Owed testId="organization" overdue={work.organization.overdue} dueSoon={work.organization.dueSoon} showOwner />
          </Section>
          <Section id="stale" title={t("stale", { organization, days: work.staleAfterDays })}>
            {work.stale.length === 0 ? (
              <p className="text-sm text-slate-600">{t("none")}</p>
            ) : (
              <ul className="space-y-1 text-sm" data-testid="stale">
                {work.stale.map((a) => (
                  <li key={a.id} data-reference={a.reference}>
                    <Link href={`/agreements/${encodeURIComponent(a.reference)}`} className="text-blue-900 underline">
                      <span className="font-mono">{a.reference}</span> {a.title}
                    </Link>{" "}
                    <span className="text-xs text-slate-600">
                      {a.lastUpdateAt ? t("lastUpdate", { date: formatDay(a.lastUpdateAt) }) : t("neverUpdated")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      ) : null}
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

async function Owed({ testId, overdue, dueSoon, showOwner }: { testId: string; overdue: OwedMilestone[]; dueSoon: OwedMilestone[]; showOwner?: boolean }) {
  const t = await getTranslations("myWork");
  const list = (items: OwedMilestone[], which: string) =>
    items.length === 0 ? (
      <p className="text-sm text-slate-600">{t("none")}</p>
    ) : (
      <ul className="space-y-1 text-sm" data-testid={`${testId}-${which}`}>
        {items.map((m) => (
          <li key={m.id} data-milestone={m.id}>
            <Link href={`/agreements/${encodeURIComponent(m.agreement.reference)}#milestone-${m.id}`} className="text-blue-900 underline">
              <span className="font-mono">{m.agreement.reference}</span> {m.title}
            </Link>{" "}
            <span className={`text-xs ${which === "overdue" ? "font-semibold text-red-800" : "text-slate-600"}`}>{t("due", { date: formatDay(m.dueDate) })}</span>
            {showOwner && m.owner ? <span className="text-xs text-slate-600"> · {t("owner", { name: m.owner.name })}</span> : null}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div>
        <h3 className="text-sm font-semibold text-red-900">{t("overdue")}</h3>
        {list(overdue, "overdue")}
      </div>
      <div>
        <h3 className="text-sm font-semibold">{t("dueSoon")}</h3>
        {list(dueSoon, "due-soon")}
      </div>
    </div>
  );
}
