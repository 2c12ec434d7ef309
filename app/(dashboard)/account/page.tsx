import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { currentSessionId } from "@/lib/auth/server-session";
import { ROLE_PERMISSIONS } from "@/lib/domain/permissions";
import { SessionList } from "./session-list";
import { PasswordForm } from "./password-form";
import { SecondFactorSection } from "./second-factor-section";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/**
 * The signed-in person's account: who Accord knows them as and what their role lets them do, so
 * that a missing button has an explanation; where they are signed in; their password.
 */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations();
  const organization = user.organizationName ?? t("nav.noOrganization");
  const fields = [
    [t("account.name"), user.name],
    [t("account.email"), user.email],
    [t("account.role"), t(`role.${user.role}`)],
    [t("account.organization"), organization],
  ] as const;
  return (
    <ClientMessages namespaces={["tracking.update.reload", "sessions.signOutEverywhere", "passwordChange", "secondFactor.code", "secondFactor.recoveryIntro", "secondFactor.disable", "secondFactor.regenerateHeading", "secondFactor.regenerateIntro", "secondFactor.regenerate", "secondFactor.recoveryRegenerated"]}>
      <div className="max-w-2xl space-y-6">
        <div>
          <h1 className="text-2xl font-semibold">{t("account.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("account.intro")}</p>
        </div>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 text-sm">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
          <Link href="/account/notifications" className="font-medium text-blue-800 underline">
            {t("notificationPrefs.link")}
          </Link>
          <span className="text-slate-600"> · {t("notificationPrefs.linkIntro")}</span>
        </p>
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
          <Link href="/account/api-tokens" className="font-medium text-blue-800 underline">
            {t("apiTokens.title")}
          </Link>
          <span className="text-slate-600"> · {t("apiTokens.linkIntro")}</span>
        </p>
        <section aria-labelledby="can-heading" className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
          <h2 id="can-heading" className="text-lg font-semibold">
            {t("account.canHeading")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="permissions">
            {ROLE_PERMISSIONS[user.role].map((permission) => (
              <li key={permission} data-permission={permission}>
                {permission === "agreement:track" && user.role !== "admin"
                  ? t("account.permission.agreement:trackScoped", { organization })
                  : t(`account.permission.${permission}`)}
              </li>
            ))}
          </ul>
        </section>
        <SessionList userId={user.id} currentSessionId={await currentSessionId()} />
        <SecondFactorSection user={user} />
        <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
          <h2 id="password-heading" className="text-lg font-semibold">
            {t("passwordChange.heading")}
          </h2>
          <p className="mt-1 text-slate-600">{t("passwordChange.intro")}</p>
          <PasswordForm />
        </section>
      </div>
    </ClientMessages>
  );
}
