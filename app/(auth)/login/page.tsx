import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/validations/auth";
import { LoginForm } from "./login-form";
import { LocaleMenu } from "@/app/_components/locale-menu";

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
  const t = await getTranslations();
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="flex items-center justify-between gap-2">
          <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">{t("app.name")}</p>
          <LocaleMenu />
        </div>
        <h1 className="mt-1 text-2xl font-semibold">{t("auth.title")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("auth.intro")}</p>
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
