import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { agreementFormOptions } from "@/lib/data/agreement-admin";
import { AgreementForm } from "../agreement-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agreement"))("newTitle") };
}

export default async function NewAgreementPage() {
  await requirePermission("agreement:manage");
  const [options, t] = await Promise.all([agreementFormOptions(), getTranslations("admin.agreement")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <AgreementForm
        options={options}
        initial={{
          reference: "",
          visitId: options.visits[0]?.id ?? "",
          title: "",
          area: "",
          instrumentType: "",
          signedDate: "",
          targetDate: "",
          leadOrganizationId: "",
          partyOrganizationIds: [],
          summary: "",
          sourceExcerpt: "",
        }}
      />
    </div>
  );
}
