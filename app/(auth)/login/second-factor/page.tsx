import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
import { resolveSession } from "@/lib/auth/server-session";
import { totpQrDataUrl } from "@/lib/auth/totp-qr";
import { pendingTotpSecret } from "@/lib/data/second-factor";
import { logout } from "@/lib/actions/auth";
import { SecondFactorSetup } from "@/app/_components/second-factor-setup";
import { BeginSecondFactorSetup } from "@/app/_components/begin-second-factor-setup";
import { SecondFactorCodeForm } from "./code-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("secondFactor"))("title") };
}

/**
 * The sign-in's second step, the only page a session that owes its second factor can open: a code
 * from the app (or a recovery code), or, when the role requires one that is not set up, its set-up.
 */
export default async function SecondFactorPage() {
  const session = await resolveSession();
  if (session.state === "none") redirect("/login");
  if (session.state === "active") redirect("/");
  const t = await getTranslations("secondFactor");
  const secret = session.mode === "setup" ? await pendingTotpSecret(session.user.id) : null;
  return (
    <ClientMessages namespaces={["tracking.update.reload", "secondFactor.codeOrRecovery", "secondFactor.verify", "secondFactor.setupHeading", "secondFactor.stepScan", "secondFactor.stepConfirm", "secondFactor.qrAlt", "secondFactor.manualKey", "secondFactor.code", "secondFactor.confirm", "secondFactor.enabled", "secondFactor.recoveryIntro", "secondFactor.continue"]}>
        <main id="main" className="flex min-h-screen items-center justify-center p-6">
          <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
            <h1 className="text-2xl font-semibold">{session.mode === "setup" ? t("setupRequiredHeading") : t("title")}</h1>
            <p className="mt-2 text-sm text-slate-600">{session.mode === "setup" ? t("setupRequiredIntro") : t("intro")}</p>
            {session.mode === "verify" ? (
              <SecondFactorCodeForm />
            ) : secret ? (
              <div className="mt-4">
                <SecondFactorSetup qrDataUrl={await totpQrDataUrl(secret, session.user.email)} secret={secret} doneHref="/" />
              </div>
            ) : (
              <BeginSecondFactorSetup />
            )}
            <form action={logout} className="mt-4">
              <button type="submit" className="text-sm text-slate-600 underline">
                {t("cancel")}
              </button>
            </form>
          </div>
        </main>
    </ClientMessages>
  );
}
