import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { totpQrDataUrl } from "@/lib/auth/totp-qr";
import { pendingTotpSecret } from "@/lib/data/second-factor";
import { SecondFactorSetup } from "@/app/_components/second-factor-setup";
import { BeginSecondFactorSetup } from "@/app/_components/begin-second-factor-setup";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("secondFactor"))("setupHeading") };
}

/** A signed-in person sets up the second factor of their own choice. */
export default async function SecondFactorSetupPage() {
  const user = await requireUser();
  if (user.secondFactorEnabled) redirect("/account");
  const secret = await pendingTotpSecret(user.id);
  const t = await getTranslations("secondFactor");
  return (
    <ClientMessages namespaces={["tracking.update.reload", "secondFactor.setupHeading", "secondFactor.stepScan", "secondFactor.stepConfirm", "secondFactor.qrAlt", "secondFactor.manualKey", "secondFactor.code", "secondFactor.confirm", "secondFactor.enabled", "secondFactor.recoveryIntro", "secondFactor.continue"]}>
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-semibold">{t("setupHeading")}</h1>
        <p className="text-sm text-slate-600">{t("setupIntro")}</p>
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          {secret ? (
            <SecondFactorSetup qrDataUrl={await totpQrDataUrl(secret, user.email)} secret={secret} doneHref="/account" />
          ) : (
            <BeginSecondFactorSetup />
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
