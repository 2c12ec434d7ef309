import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { listActiveSessions } from "@/lib/data/sessions";
import { describeDevice } from "@/lib/domain/session-rules";
import { EndSessionButton, SignOutEverywhereButton } from "./session-buttons";

/** The person's usable sessions: when, on what, from where; each other one can be ended. */
export async function SessionList({ userId, currentSessionId }: { userId: string; currentSessionId: string | null }) {
  const t = await getTranslations("sessions");
  const sessions = await listActiveSessions(userId, new Date(), env().SESSION_IDLE_MINUTES);
  const deviceOf = (userAgent: string) => {
    const { browser, os } = describeDevice(userAgent);
    if (browser && os) return t("device", { browser, os });
    return browser ?? os ?? t("unknownDevice");
  };
  return (
    <section aria-labelledby="sessions-heading" className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
      <h2 id="sessions-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <ul className="mt-3 divide-y divide-slate-100" data-testid="sessions">
        {sessions.map((s) => {
          const current = s.id === currentSessionId;
          return (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-2" data-session={s.id} data-current={current}>
              <div>
                <p className="font-medium">
                  {deviceOf(s.userAgent)}
                  {current ? <span className="ml-2 rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">{t("thisSession")}</span> : null}
                </p>
                <p className="text-slate-600">
                  {t("details", {
                    started: formatDateTime(s.createdAt),
                    lastSeen: formatDateTime(s.lastSeenAt),
                    address: s.clientAddress || t("unknownAddress"),
                    method: s.method,
                  })}
                </p>
              </div>
              {current ? null : <EndSessionButton sessionId={s.id} label={t("end")} />}
            </li>
          );
        })}
      </ul>
      <div className="mt-3">
        <SignOutEverywhereButton />
      </div>
    </section>
  );
}
