"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { HIDEABLE_COLUMNS } from "@/lib/domain/limits";
import { useUrlParams } from "@/app/_components/use-url-params";

/** Which columns show; stored in the URL (`hide`), so a shared link shows the same columns. */
export function ColumnChooser({ hidden: fromUrl }: { hidden: readonly string[] }) {
  const t = useTranslations();
  const { update } = useUrlParams();
  const [hidden, setHidden] = useState(fromUrl);
  const key = fromUrl.join(",");
  useEffect(() => setHidden(key ? key.split(",") : []), [key]);
  const toggle = (column: string) => {
    const next = hidden.includes(column) ? hidden.filter((c) => c !== column) : [...hidden, column];
    setHidden(next);
    update({ hide: next.join(",") || null }, { resetPage: false });
  };
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">{t("filters.columns")}</summary>
      <fieldset className="absolute right-0 z-10 mt-1 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">{t("filters.columns")}</legend>
        {HIDEABLE_COLUMNS.map((c) => (
          <label key={c} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={!hidden.includes(c)} onChange={() => toggle(c)} />
            {t(`agreements.columns.${c}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
