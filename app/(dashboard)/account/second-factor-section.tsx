import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import type { CurrentUser } from "@/lib/data/session-user";
import { unusedRecoveryCodes } from "@/lib/data/second-factor";
import { roleRequiresSecondFactor } from "@/lib/domain/session-rules";
import { DisableSecondFactorForm } from "./disable-second-factor-form";
import { RegenerateRecoveryCodesForm } from "./regenerate-recovery-codes-form";
import { BeginSecondFactorSetup } from "@/app/_components/begin-second-factor-setup";

export async function SecondFactorSection({ user }: { user: CurrentUser }) {
  const t = await getTranslations("secondFactor");
  const required = roleRequiresSecondFactor(user.role, env().REQUIRE_2FA);
  return (
    <section aria-labelledby="second-factor-heading" className="rounded-lg border border-slate-200 bg-white p-5 text-sm" data-testid="second-factor">
      <h2 id="second-factor-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {user.secondFactorEnabled ? (
        <>
          <p className="mt-1" data-enabled="true">
            {t("statusOn", { count: await unusedRecoveryCodes(user.id) })}
          </p>
          {required ? <p className="mt-1 text-slate-600">{t("requiredForRole")}</p> : <DisableSecondFactorForm />}
          <RegenerateRecoveryCodesForm />
        </>
      ) : (
        <>
          <p className="mt-1 text-slate-600" data-enabled="false">
            {t("statusOff")}
          </p>
          <BeginSecondFactorSetup />
        </>
      )}
    </section>
  );
}
