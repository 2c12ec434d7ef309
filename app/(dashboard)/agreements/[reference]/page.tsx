import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { requirePermission } from "@/lib/auth/session";
import { can, scopeOf } from "@/lib/domain/permissions";
import { getAgreementByReference, listChallenges } from "@/lib/data/agreements";
import { listHistory } from "@/lib/data/history";
import { isOverdue } from "@/lib/domain/rollups";
import { AGREEMENT_STATUSES, SEVERITIES } from "@/lib/domain/vocabulary";
import { ProgressBar, StatusBadge } from "@/app/_components/status-badge";
import { formatDay } from "@/lib/format";
import { AssessmentsTable } from "./assessments-table";
import { Milestones } from "./milestones";
import { StatusUpdateForm } from "./status-update-form";
import { HistoryTimeline } from "./history-timeline";
import { ArchiveButton } from "./archive-button";
import { listComments } from "@/lib/data/comments";
import { followState } from "@/lib/data/followers";
import { Discussion } from "./discussion";
import { FollowButton } from "./follow-button";
import { FOCAL_SIDES, focalCandidates, focalPointsOf, ownerCandidates } from "@/lib/data/owners";
import { FocalPoints } from "./focal-points";
import { Documents } from "./documents";
import { attachableStatusUpdates, documentHistory, listDocuments } from "@/lib/data/document-list";
import { env } from "@/lib/env";
import { agreementTextIn, milestoneTitleShown, organizationIn } from "@/lib/data/content-texts";
import { originalLanguage, textsForForm } from "@/lib/i18n/content-text";
import { sortedByName } from "@/lib/i18n/collation";
import { FallbackMarker } from "@/app/_components/fallback-marker";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

type Params = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { reference } = await params;
  return { title: decodeURIComponent(reference) };
}

export default async function AgreementPage({ params }: Params) {
  const user = await requirePermission("agreement:read");
  const reference = decodeURIComponent((await params).reference);
  const agreement = await getAgreementByReference(reference);
  if (!agreement) notFound();
  const reader = await readerLocale();
  const [t, history, challenges, comments, follow] = await Promise.all([
    getTranslations(),
    listHistory(agreement.id),
    listChallenges(reader),
    listComments(agreement.id, user),
    followState(agreement.id, user.id),
  ]);
  const canTrack = can(user, "agreement:track", scopeOf(agreement));
  const person = (u: { id: string; name: string; organization: { shortName: string; name: string } | null }) => ({
    id: u.id,
    name: u.name,
    organization: u.organization?.shortName || u.organization?.name || "",
  });
  const [owners, focal, focalOptions] = await Promise.all([
    canTrack ? ownerCandidates(agreement).then((list) => list.map(person)) : Promise.resolve([]),
    focalPointsOf(agreement.id),
    canTrack ? Promise.all(FOCAL_SIDES.map((side) => focalCandidates(side).then((list) => list.map(person)))) : Promise.resolve(FOCAL_SIDES.map(() => [])),
  ]);
  const scope = scopeOf(agreement);
  const [documents, documentEvents, updates] = await Promise.all([
    listDocuments(agreement.id, scope, user),
    documentHistory(agreement.id, scope, user),
    canTrack ? attachableStatusUpdates(agreement.id) : Promise.resolve([]),
  ]);
  const now = new Date();
  // Title and summary in the reader's language, else the original's, with a marker saying so.
  const text = agreementTextIn(agreement, reader);
  const lead = organizationIn(agreement.leadOrganization, reader);
  const milestones = agreement.milestones.map((m) => ({ m, shown: milestoneTitleShown(m, reader) }));
  // Documents and comments name their milestone as the milestones list does, in the reader's language.
  const milestoneTitles = new Map(milestones.map(({ m, shown }) => [m.id, shown.title]));
  const namedMilestone = <T extends { milestone: { id: string; title: string } | null }>(item: T): T =>
    item.milestone ? { ...item, milestone: { id: item.milestone.id, title: milestoneTitles.get(item.milestone.id) ?? item.milestone.title } } : item;
  const challengeNames = new Map(challenges.map((c) => [c.id, c.name]));
  const current = new Map(agreement.assessments.map((a) => [a.challengeId, a]));
  const sides = (["AZ", "KZ", "OTHER"] as const)
    .map((side) => ({
      side,
      // Each named in the reader's language, and beneath in its own where that is another.
      orgs: sortedByName(
        agreement.parties.filter((p) => p.organization.country === side).map((p) => ({ ...p, named: organizationIn(p.organization, reader) })),
        reader,
        (p) => p.named.name,
      ),
    }))
    .filter((s) => s.orgs.length > 0);

  return (
    <ClientMessages namespaces={["agreement.noMilestones", "agreement.due", "agreement.done", "agreement.evidence", "agreement.overdue", "status", "severity", "content", "tracking", "admin.agreement.archive", "admin.agreement.unarchive", "admin.agreement.archiveConfirm", "comments.label", "comments.help", "comments.counter", "comments.milestone", "comments.milestoneNone", "comments.post", "comments.posting", "comments.edit", "comments.save", "comments.cancel", "comments.withdraw", "comments.withdrawReason", "comments.withdrawConfirm", "comments.suggestions", "comments.noSuggestions", "notifications.follow", "owners", "documents"]}>
      <article className="space-y-6">
        <div>
          <div className="no-print flex flex-wrap items-center justify-between gap-2">
            <Link href="/agreements" className="text-sm text-blue-800 underline">
              ← {t("agreement.backToList")}
            </Link>
            <a
              href={`/api/reports/agreements/${encodeURIComponent(agreement.reference)}?format=pdf`}
              download
              className="ml-auto text-sm text-blue-800 underline"
            >
              {t("reports.agreement.downloadPdf")}
            </a>
            {can(user, "agreement:manage") ? (
              <div className="flex items-center gap-2">
                <Link href={`/agreements/${agreement.reference}/edit`} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
                  {t("admin.agreement.edit")}
                </Link>
                <ArchiveButton agreementId={agreement.id} version={agreement.version} archived={agreement.archivedAt !== null} />
              </div>
            ) : null}
          </div>
          <p className="mt-3 font-mono text-sm text-slate-600">{agreement.reference}</p>
          <h1 className="text-2xl font-semibold" lang={text.shownIn}>{text.title}</h1>
          <FallbackMarker shown={text} wanted={reader} testId="title-language" />
          <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <StatusBadge status={agreement.status} label={t(`status.${agreement.status}`)} />
            <ProgressBar value={agreement.progress} label={t("agreement.progress")} />
            {agreement.archivedAt ? (
              <span className="rounded bg-slate-200 px-2 py-0.5 text-xs">{t("agreements.archived")}</span>
            ) : null}
            <div className="no-print ml-auto">
              <FollowButton agreementId={agreement.id} following={follow.following} count={follow.count} />
            </div>
          </div>
        </div>

        <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="details-heading" className="text-lg font-semibold">
            {t("agreement.details")}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
            <Field label={t("agreement.visit")}>{agreement.visit.title}</Field>
            <Field label={t("agreement.area")}>{t(`area.${agreement.area}`)}</Field>
            <Field label={t("agreement.instrumentType")}>{t(`instrument.${agreement.instrumentType}`)}</Field>
            <Field label={t("agreement.signedDate")}>{formatDay(agreement.signedDate)}</Field>
            <Field label={t("agreement.targetDate")}>{formatDay(agreement.targetDate)}</Field>
            <Field label={t("agreement.lastUpdate")}>
              {agreement.lastUpdateAt ? formatDay(agreement.lastUpdateAt) : t("agreement.never")}
              {agreement.lastUpdateBy ? ` · ${agreement.lastUpdateBy.name}` : ""}
            </Field>
            <Field label={t("agreement.lead")}>
              <span lang={lead.shownIn}>{lead.name}</span>{" "}
              <span className="text-slate-600">({t(`country.${agreement.leadOrganization.country}`)})</span>
            </Field>
            <Field label={t("agreement.parties")} wide>
              <div className="grid gap-2 sm:grid-cols-2">
                {sides.map(({ side, orgs }) => (
                  <div key={side}>
                    <p className="font-medium">{t(`agreement.side.${side}`)}</p>
                    <ul className="list-inside list-disc text-slate-700">
                      {orgs.map((p) => (
                        <li key={p.organizationId} data-organization={p.organizationId}>
                          <span lang={p.named.shownIn}>{p.named.name}</span>
                          {p.named.own ? (
                            <span className="block pl-5 text-xs text-slate-500" lang={p.named.own.language}>{p.named.own.name}</span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            </Field>
          </dl>
          <h3 className="mt-5 text-sm font-semibold">{t("agreement.summary")}</h3>
          <p className="mt-1 text-sm whitespace-pre-line" lang={text.shownIn} data-testid="agreement-summary">{text.summary}</p>
        </section>

        <section aria-labelledby="challenges-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="challenges-heading" className="text-lg font-semibold">
            {t("agreement.challenges")}
          </h2>
          <AssessmentsTable assessments={agreement.assessments} />
        </section>

        <section aria-labelledby="milestones-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="milestones-heading" className="text-lg font-semibold">
            {t("agreement.milestones")}
          </h2>
          <Milestones
            agreementId={agreement.id}
            canEdit={canTrack}
            milestones={milestones.map(({ m, shown }) => ({
              id: m.id,
              title: shown.title,
              shown,
              language: originalLanguage(m.language),
              texts: textsForForm({ language: m.language, original: { title: m.title }, texts: m.texts }, ["title"]),
              dueDate: formatDay(m.dueDate),
              doneDate: m.doneDate ? formatDay(m.doneDate) : null,
              evidence: m.evidence,
              version: m.version,
              overdue: isOverdue(m, now),
              owner: m.owner,
            }))}
            owners={owners}
            upload={canTrack ? { reference: agreement.reference, maxMb: env().UPLOAD_MAX_MB } : undefined}
          />
        </section>

        <section aria-labelledby="documents-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="documents-heading" className="text-lg font-semibold">
            {t("documents.title")}
          </h2>
          <Documents
            reference={agreement.reference}
            documents={documents.map(namedMilestone)}
            canUpload={canTrack}
            canWithdraw={canTrack}
            canRestore={can(user, "agreement:manage")}
            maxMb={env().UPLOAD_MAX_MB}
            attachOptions={[
              ...milestones.map(({ m, shown }) => ({ value: `milestone:${m.id}`, label: t("documents.milestone", { title: shown.title }) })),
              ...updates.map((u) => ({ value: `update:${u.id}`, label: t("documents.statusUpdate", { date: formatDay(u.createdAt) }) })),
            ]}
          />
        </section>

        <section aria-labelledby="focal-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="focal-heading" className="text-lg font-semibold">
            {t("owners.focalPoints")}
          </h2>
          <FocalPoints
            agreementId={agreement.id}
            canEdit={canTrack}
            sides={FOCAL_SIDES.map((side, i) => ({
              side,
              sideLabel: t(`country.${side}`),
              current: focal.get(side) ?? null,
              candidates: focalOptions[i] ?? [],
            }))}
          />
        </section>

        {canTrack ? (
          <section aria-labelledby="update-heading" className="rounded-lg border border-blue-200 bg-white p-5">
            <h2 id="update-heading" className="text-lg font-semibold">
              {t("tracking.update.title")}
            </h2>
            <p className="mb-4 text-sm text-slate-600">{t("tracking.update.intro")}</p>
            <StatusUpdateForm
              agreementId={agreement.id}
              version={agreement.version}
              status={AGREEMENT_STATUSES.find((s) => s === agreement.status) ?? "not_started"}
              progress={agreement.progress}
              milestones={{
                done: agreement.milestones.filter((m) => m.doneDate).length,
                total: agreement.milestones.length,
              }}
              assessments={challenges.map((c) => {
                const a = current.get(c.id);
                return {
                  challengeId: c.id,
                  name: c.name,
                  severity: SEVERITIES.find((s) => s === a?.severity) ?? "none",
                  note: a?.note ?? "",
                  mitigation: a?.mitigation ?? "",
                };
              })}
            />
          </section>
        ) : null}

        <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="history-heading" className="text-lg font-semibold">
            {t("tracking.history.title")}
          </h2>
          <HistoryTimeline history={history} documentEvents={documentEvents} challengeNames={challengeNames} />
        </section>

        <section aria-labelledby="discussion-heading" className="no-print rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="discussion-heading" className="text-lg font-semibold">
            {t("comments.title")}
          </h2>
          <Discussion
            agreementId={agreement.id}
            comments={comments.map(namedMilestone)}
            canComment={can(user, "agreement:comment", scopeOf(agreement))}
            archived={agreement.archivedAt !== null}
            milestones={milestones.map(({ m, shown }) => ({ id: m.id, title: shown.title }))}
          />
        </section>

        <section aria-labelledby="source-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="source-heading" className="text-lg font-semibold">
            {t("agreement.sourceExcerpt")}
          </h2>
          <blockquote className="mt-2 border-l-4 border-slate-300 pl-4 text-sm text-slate-800 italic">
            {agreement.sourceExcerpt}
          </blockquote>
          <p className="mt-2 text-xs text-slate-500">{t("agreement.sourceExcerptNote")}</p>
        </section>
      </article>
    </ClientMessages>
  );
}

function Field({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2 lg:col-span-3" : undefined}>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}
