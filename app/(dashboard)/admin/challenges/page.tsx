import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { listAllChallenges } from "@/lib/data/challenges";
import { ChallengeForm } from "./challenge-form";
import { ArchiveChallengeButton } from "./archive-challenge-button";
import { MoveChallengeButtons } from "./move-challenge-buttons";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { originalLanguage, textsForForm } from "@/lib/i18n/content-text";
import { challengeIn, challengeTexts } from "@/lib/data/content-texts";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.challenges"))("title") };
}

export default async function ChallengesPage() {
  await requirePermission("challenge:manage");
  const [challenges, t, format, reader] = await Promise.all([listAllChallenges(), getTranslations("admin.challenges"), getFormatter(), readerLocale()]);
  const FIELDS = ["name", "description"] as const;
  // A new challenge is written, most likely, in the language its author reads Accord in.
  const blank = { language: reader, texts: textsForForm(null, FIELDS) };
  // Each challenge named in the reader's language, with its form's values (every language) and a
  // key that changes with its saved text, worked out once.
  const rows = challenges.map((c) => {
    const form = { id: c.id, name: challengeIn(c, reader).name, language: originalLanguage(c.language), texts: textsForForm(challengeTexts(c), FIELDS) };
    return { ...c, name: form.name, form, formKey: JSON.stringify([form.language, form.texts]) };
  });
  const active = rows.filter((c) => c.archivedAt === null);
  const archived = rows.filter((c) => c.archivedAt !== null);
  return (
    <ClientMessages namespaces={["content.original", "tracking.update.reload", "admin.save", "admin.challenges.create", "admin.challenges.createButton", "admin.challenges.name", "admin.challenges.description", "admin.challenges.archive", "admin.challenges.restore", "admin.challenges.archiveNamed", "admin.challenges.restoreNamed", "admin.challenges.archiveConfirm", "admin.challenges.orderNamed", "admin.challenges.moveUp", "admin.challenges.moveDown", "admin.challenges.moveUpNamed", "admin.challenges.moveDownNamed", "admin.challenges.language"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        <ul className="space-y-3">
          {active.map((c, index) => (
            // Keyed by id only, so a moved row keeps its buttons (and the focus). The form starts
            // afresh when its saved text changes, not when the challenge only moves (what is being
            // typed in it stays).
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4" data-challenge-row={c.id}>
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <p className="text-xs text-slate-500">{t("assessedCount", { count: c._count.assessments })}</p>
                <div className="flex flex-wrap items-center gap-3">
                  <MoveChallengeButtons challengeId={c.id} name={c.name} position={index} first={index === 0} last={index === active.length - 1} />
                  <ArchiveChallengeButton challengeId={c.id} name={c.name} archived={false} />
                </div>
              </div>
              <ChallengeForm key={c.formKey} challenge={c.form} blank={blank} />
            </li>
          ))}
        </ul>
        <section aria-labelledby="new-challenge" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="new-challenge" className="mb-2 text-lg font-semibold">{t("create")}</h2>
          <ChallengeForm blank={blank} />
        </section>
        <section aria-labelledby="archived-challenges" className="space-y-2">
          <h2 id="archived-challenges" className="text-lg font-semibold">{t("archivedTitle")}</h2>
          <p className="text-sm text-slate-600">{t("archivedIntro")}</p>
          {archived.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noneArchived")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {archived.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-3" data-archived-challenge-row={c.id}>
                  <div>
                    <p className="font-medium">{c.name}</p>
                    <p className="text-xs text-slate-500">
                      {t("archivedOn", { date: format.dateTime(c.archivedAt ?? new Date(0), { dateStyle: "medium" }) })}
                    </p>
                  </div>
                  <ArchiveChallengeButton challengeId={c.id} name={c.name} archived />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
