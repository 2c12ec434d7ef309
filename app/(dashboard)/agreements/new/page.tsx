import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { agreementFormOptions } from "@/lib/data/agreement-admin";
import { AgreementForm } from "../agreement-form";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { textsForForm } from "@/lib/i18n/content-text";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agreement"))("newTitle") };
}

export default async function NewAgreementPage() {
  await requirePermission("agreement:manage");
  const [options, t, language] = await Promise.all([agreementFormOptions(await readerLocale()), getTranslations("admin.agreement"), readerLocale()]);
  return (
    <ClientMessages namespaces={["area", "instrument", "content.original", "tracking.update.reload", "admin.save", "admin.agreement"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
        <AgreementForm
          options={options}
          initial={{
            reference: "",
            visitId: options.visits[0]?.id ?? "",
            // Written, most likely, in the language its author reads Accord in.
            language,
            texts: textsForForm(null, ["title", "summary"]),
            area: "",
            instrumentType: "",
            signedDate: "",
            targetDate: "",
            leadOrganizationId: "",
            partyOrganizationIds: [],
            sourceExcerpt: "",
          }}
        />
      </div>
    </ClientMessages>
  );
}
