import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/data/organizations";
import { organizationIn, organizationTexts } from "@/lib/data/content-texts";
import { textsForForm } from "@/lib/i18n/content-text";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { sortedByName } from "@/lib/i18n/collation";
import { OrganizationForm } from "./organization-form";
import { ClientMessages } from "@/app/_i18n/client-messages-provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.organizations"))("title") };
}

const SIDES = ["AZ", "KZ", "OTHER"] as const;

export default async function OrganizationsPage() {
  await requirePermission("agreement:manage");
  const [organizations, t, tc, reader] = await Promise.all([listOrganizations(), getTranslations("admin.organizations"), getTranslations("country"), readerLocale()]);
  const rows = organizations.map((o) => ({
    ...o,
    shown: organizationIn(o, reader),
    form: { id: o.id, name: o.name, updatedAt: o.updatedAt.toISOString(), texts: textsForForm(organizationTexts(o), ["name", "shortName"]) },
  }));
  return (
    <ClientMessages namespaces={["content.original", "tracking.update.reload", "admin.organizations.name", "admin.organizations.shortName", "admin.organizations.save"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {SIDES.map((side) => {
          const list = sortedByName(rows.filter((o) => o.country === side), reader, (o) => o.shown.name);
          if (list.length === 0) return null;
          return (
            <section key={side} aria-labelledby={`organizations-${side}`} className="space-y-3">
              <h2 id={`organizations-${side}`} className="text-lg font-semibold">{tc(side)}</h2>
              <ul className="space-y-3">
                {list.map((o) => (
                  <li key={o.id} className="rounded-lg border border-slate-200 bg-white p-4" data-organization-row={o.id}>
                    <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                      <h3 className="font-semibold" lang={o.shown.shownIn}>{o.shown.name}</h3>
                      <p className="text-xs text-slate-500">{t("partyCount", { count: o._count.partyTo })}</p>
                    </div>
                    {/* Keeps what is typed across a refresh; a save is based on the row the page last showed. */}
                    <OrganizationForm organization={o.form} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </ClientMessages>
  );
}
