"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { updateOrganizationNamesAction } from "@/lib/actions/admin";
import { FormMessage } from "@/app/_components/form-message";
import { LanguageColumns } from "@/app/_components/language-columns";
import { useAction } from "@/app/_components/use-action";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

type Names = { name: string; shortName: string };
export type OrganizationFormValues = { id: string; name: string; updatedAt: string; texts: Record<Locale, Names> };

/** An organization's name and short name in the four languages side by side; English is the original. */
export function OrganizationForm({ organization }: { organization: OrganizationFormValues }) {
  const t = useTranslations("admin.organizations");
  const { pending, result, run, errors, reload } = useAction();
  const [texts, setTexts] = useState(organization.texts);
  const p = `organization-${organization.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { name, shortName } = texts.en;
    const others = Object.fromEntries(LOCALES.filter((l) => l !== "en").map((l) => [l, texts[l]]));
    run(() => updateOrganizationNamesAction({ organizationId: organization.id, updatedAt: organization.updatedAt, name, shortName, texts: others }));
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-2" aria-label={organization.name}>
      <LanguageColumns
        idPrefix={p}
        fields={[
          { key: "name", label: t("name") },
          { key: "shortName", label: t("shortName") },
        ]}
        language="en"
        texts={texts}
        onChange={(locale, key, value) => setTexts((s) => ({ ...s, [locale]: { ...s[locale], [key]: value } }))}
        errors={errors}
      />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {t("save")}
        </button>
        <FormMessage result={result} onReload={reload} />
      </div>
    </form>
  );
}
