import { getTranslations } from "next-intl/server";
import { beginSecondFactorSetupAction } from "@/lib/actions/second-factor";

/**
 * "Set up a second factor" as a form, not a link: starting the set-up writes the secret the QR
 * code will show, and a write belongs to a POST, never to opening a page.
 */
export async function BeginSecondFactorSetup() {
  const t = await getTranslations("secondFactor");
  return (
    <form action={beginSecondFactorSetupAction} className="mt-3">
      <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white">
        {t("setupLink")}
      </button>
    </form>
  );
}
