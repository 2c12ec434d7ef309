import { getTranslations } from "next-intl/server";
import type { HistoryItem } from "@/lib/data/history";
import type { DocumentEvent } from "@/lib/data/document-list";
import { StatusBadge } from "@/app/_components/status-badge";
import { SeverityBadge } from "@/app/_components/severity-badge";
import { SEVERITIES, type Severity } from "@/lib/domain/vocabulary";
import { formatDateTime } from "@/lib/format";

const asSeverity = (s: string | null): Severity => SEVERITIES.find((x) => x === s) ?? "none";

export async function HistoryTimeline({
  history,
  documentEvents = [],
  challengeNames = new Map(),
}: {
  history: HistoryItem[];
  documentEvents?: DocumentEvent[];
  /** Challenge names in the reader's language, by id (an archived one keeps its stored name). */
  challengeNames?: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations();
  if (history.length === 0 && documentEvents.length === 0) return <p className="mt-2 text-sm text-slate-600">{t("tracking.history.empty")}</p>;
  // Status updates and document events in one timeline, newest first.
  const entries = [
    ...history.map((u) => ({ at: u.createdAt, update: u, event: null })),
    ...documentEvents.map((e) => ({ at: e.at, update: null, event: e })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <ol className="mt-3 space-y-4 border-l-2 border-slate-200 pl-5" data-testid="history">
      {entries.map(({ update: u, event }) => {
        if (!u) return event ? <DocumentEntry key={event.id} event={event} label={documentLabel(t, event)} byLabel={event.by ? t("tracking.history.by", { name: event.by }) : ""} /> : null;
        const changed = u.assessments.filter((a) => a.changed);
        return (
          <li key={u.id} className="relative" data-update={u.id}>
            <span aria-hidden="true" className="absolute top-1.5 -left-[27px] h-3 w-3 rounded-full border-2 border-white bg-blue-700" />
            <p className="text-xs text-slate-600">
              <time dateTime={u.createdAt.toISOString()}>{formatDateTime(u.createdAt)}</time>{" "}
              {u.author ? t("tracking.history.by", { name: u.author.name }) : `· ${t("tracking.history.seeded")}`}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <span className="sr-only">{t("tracking.history.statusChange")}:</span>
              {u.statusBefore ? (
                <>
                  <StatusBadge status={u.statusBefore} label={t(`status.${u.statusBefore}`)} />
                  <span aria-hidden="true">→</span>
                </>
              ) : null}
              <StatusBadge status={u.statusAfter} label={t(`status.${u.statusAfter}`)} />
              <span className="text-slate-700">
                {t("tracking.history.progressChange")}: {u.progressBefore === null ? "" : `${u.progressBefore}% → `}
                {u.progressAfter}%
              </span>
            </p>
            {u.note ? <p className="mt-1 text-sm whitespace-pre-line" data-testid="history-note">{u.note}</p> : null}
            {changed.length > 0 ? (
              <ul className="mt-1 space-y-1 text-xs text-slate-700">
                {changed.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-1">
                    <span className="font-medium">{challengeNames.get(a.challengeId) ?? a.challenge.name}:</span>
                    {a.severityBefore ? (
                      <>
                        <SeverityBadge severity={asSeverity(a.severityBefore)} label={t(`severity.${asSeverity(a.severityBefore)}`)} />
                        <span aria-hidden="true">→</span>
                      </>
                    ) : null}
                    <SeverityBadge severity={asSeverity(a.severity)} label={t(`severity.${asSeverity(a.severity)}`)} />
                    {a.note ? <span className="text-slate-600">— {a.note}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations>>;
function documentLabel(t: Translate, event: DocumentEvent): string {
  if (event.kind === "withdrawn") return t("documents.history.withdrawn", { name: event.name, reason: event.reason });
  return t(event.kind === "added" ? "documents.history.added" : "documents.history.restored", { name: event.name });
}

function DocumentEntry({ event, label, byLabel }: { event: DocumentEvent; label: string; byLabel: string }) {
  return (
    <li className="relative" data-document-event={event.kind}>
      <span aria-hidden="true" className="absolute top-1.5 -left-[27px] h-3 w-3 rounded-full border-2 border-white bg-slate-500" />
      <p className="text-xs text-slate-600">
        <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time> {byLabel}
      </p>
      <p className="mt-1 text-sm">{label}</p>
    </li>
  );
}
