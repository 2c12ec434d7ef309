import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";
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
  const [visits, t] = await Promise.all([listImportVisits(), getTranslations("import")]);
  return (
    <ClientMessages namespaces={["status", "area", "instrument", "import"]}>
      <div className="space-y-6">
        <div>
          <Link href="/agreements" className="text-sm text-blue-800 underline">
            ← {t("back")}
          </Link>
          <h1 className="mt-3 text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        </div>
          <ImportForm visits={visits} />
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
    </ClientMessages>
  );
}
