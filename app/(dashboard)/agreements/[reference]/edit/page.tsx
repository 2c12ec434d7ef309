import type { Metadata } from "next";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getAgreementByReference } from "@/lib/data/agreements";
import { agreementFormOptions } from "@/lib/data/agreement-admin";
import { formatDay } from "@/lib/format";
import { AgreementForm } from "../../agreement-form";
import { originalLanguage, textsForForm } from "@/lib/i18n/content-text";
import { agreementTexts } from "@/lib/data/content-texts";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.agreement"))("editTitle") };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ reference: string }> }) {
  await requirePermission("agreement:manage");
  const agreement = await getAgreementByReference(decodeURIComponent((await params).reference));
  if (!agreement) notFound();
  const [options, t] = await Promise.all([agreementFormOptions(await readerLocale()), getTranslations("admin.agreement")]);
  return (
    <ClientMessages namespaces={["area", "instrument", "content.original", "tracking.update.reload", "admin.save", "admin.agreement"]}>
      <div className="space-y-4">
        <p className="font-mono text-sm text-slate-600">{agreement.reference}</p>
        <h1 className="text-2xl font-semibold">{t("editTitle")}</h1>
        <AgreementForm
          options={options}
          existing={{ id: agreement.id, version: agreement.version }}
          initial={{
            reference: agreement.reference,
            visitId: agreement.visitId,
            language: originalLanguage(agreement.language),
            texts: textsForForm(agreementTexts(agreement), ["title", "summary"]),
            area: agreement.area,
            instrumentType: agreement.instrumentType,
            signedDate: formatDay(agreement.signedDate),
            targetDate: formatDay(agreement.targetDate),
            leadOrganizationId: agreement.leadOrganizationId,
            partyOrganizationIds: agreement.parties.map((p) => p.organizationId),
            sourceExcerpt: agreement.sourceExcerpt,
          }}
        />
      </div>
    </ClientMessages>
  );
}
