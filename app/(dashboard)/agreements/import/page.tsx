import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { Messages } from "@/lib/i18n/catalog";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requirePermission } from "@/lib/auth/session";
import { listImportVisits } from "@/lib/data/agreement-import";
import { DERIVED_COLUMNS, EXPORT_COLUMNS } from "@/lib/domain/agreement-columns";
import { AGREEMENT_STATUSES, AREAS, INSTRUMENT_TYPES } from "@/lib/domain/vocabulary";
import { ImportForm } from "./import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title") };
}

/** Admins upload a CSV in the export's format to create or update agreements by reference. */
export default async function ImportPage() {
  await requirePermission("agreement:import");
  const [visits, t, messages] = await Promise.all([listImportVisits(), getTranslations("import"), getMessages()]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/agreements" className="text-sm text-blue-800 underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-3 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      </div>
      <NextIntlClientProvider messages={clientMessages(messages as Messages, ["import"])}>
        <ImportForm visits={visits} />
      </NextIntlClientProvider>
      <section aria-labelledby="format-heading" className="rounded-lg border border-slate-200 bg-white p-5 text-sm">
        <h2 id="format-heading" className="text-lg font-semibold">
          {t("format.heading")}
        </h2>
        <p className="mt-2">{t("format.intro")}</p>
        <p className="mt-2 font-mono text-xs break-all">{EXPORT_COLUMNS.join(",")}</p>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          <li>{t("format.encoding")}</li>
          <li>{t("format.values", { areas: AREAS.join(", "), statuses: AGREEMENT_STATUSES.join(", "), instruments: INSTRUMENT_TYPES.join(", ") })}</li>
          <li>{t("format.dates")}</li>
          <li>{t("format.organizations")}</li>
          <li>{t("format.derived", { columns: DERIVED_COLUMNS.join(", ") })}</li>
          <li>{t("format.history")}</li>
          <li>{t("format.allOrNothing")}</li>
        </ul>
      </section>
    </div>
  );
}
