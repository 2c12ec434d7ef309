import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/validations/auth";
import { env } from "@/lib/env";
import { ssoLogin } from "@/lib/actions/auth";
import { LoginForm } from "./login-form";
import { signInMessageKey } from "./sign-in-messages";
import { LocaleMenu } from "@/app/_components/locale-menu";
import { readerLocale } from "@/app/_i18n/reader-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [t, locale] = await Promise.all([getTranslations(), readerLocale()]);
  const settings = env();
  const ssoConfigured = Boolean(settings.SSO_ISSUER);
  const messageKey = signInMessageKey(params);
  const texts = { email: t("auth.email"), password: t("auth.password"), submit: t("auth.submit"), submitting: t("auth.submitting") };
  const passwordForm = <LoginForm callbackUrl={callbackUrl} texts={texts} />;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="flex items-center justify-between gap-2">
          <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">{t("app.name")}</p>
          <LocaleMenu locale={locale} label={t("locale.label")} />
        </div>
        <h1 className="mt-1 text-2xl font-semibold">{t("auth.title")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("auth.intro")}</p>
        {messageKey ? (
          <p role="status" data-testid="sign-in-outcome" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {t(messageKey as Parameters<typeof t>[0])}
          </p>
        ) : null}
        {ssoConfigured ? (
          <form action={ssoLogin} className="mt-6">
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button type="submit" className="w-full rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
              {settings.SSO_LABEL ?? t("sso.defaultLabel")}
            </button>
          </form>
        ) : null}
        {ssoConfigured && settings.PASSWORD_SIGNIN === "on" ? (
          <p className="mt-6 text-center text-sm text-slate-500">{t("sso.or")}</p>
        ) : null}
        {settings.PASSWORD_SIGNIN === "on" ? (
          passwordForm
        ) : (
          // Hidden but reachable: the break-glass admins' way in when the identity provider is down.
          <details className="mt-6 text-sm">
            <summary className="cursor-pointer text-blue-800 underline">{t("sso.adminSignIn")}</summary>
            <p className="mt-2 text-slate-600">{t("sso.adminSignInHint")}</p>
            {passwordForm}
          </details>
        )}
      </div>
    </main>
  );
}
