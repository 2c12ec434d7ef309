import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AREAS, SIDES } from "@/lib/domain/vocabulary";
import type { DashboardScope } from "@/lib/domain/dashboard";

/**
 * The scope as a plain GET form: it works without JavaScript, and the URL it produces uses the
 * table's own parameter names, so the same scope carries into every link. The printed page shows
 * the scope as a sentence instead of the form.
 */
export async function DashboardScopeForm({
  scope,
  visits,
}: {
  scope: DashboardScope;
  visits: readonly { id: string; title: string }[];
}) {
  const t = await getTranslations();
  const visitTitle = visits.find((v) => v.id === scope.visit)?.title;
  const areas = scope.area.length ? scope.area.map((a) => t(`area.${a}`)).join(", ") : t("dashboard.scope.allAreas");
  return (
    <>
      <form
        method="get"
        action="/"
        aria-label={t("dashboard.scope.legend")}
        className="no-print flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      >
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("dashboard.scope.visit")}</span>
          <select name="visit" defaultValue={scope.visit ?? ""} className="max-w-80 rounded border border-slate-300 px-2 py-1.5">
            <option value="">{t("dashboard.scope.allVisits")}</option>
            {visits.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-medium">{t("dashboard.scope.areas")}</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {AREAS.map((area) => (
              <label key={area} className="inline-flex items-center gap-1">
                <input type="checkbox" name="area" value={area} defaultChecked={scope.area.includes(area)} />
                {t(`area.${area}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("dashboard.scope.side")}</span>
          <select name="side" defaultValue={scope.side ?? ""} className="rounded border border-slate-300 px-2 py-1.5">
            <option value="">{t("dashboard.scope.bothSides")}</option>
            {SIDES.map((side) => (
              <option key={side} value={side}>
                {t("dashboard.scope.sideOption", { country: t(`country.${side}`) })}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 font-medium text-white hover:bg-blue-900">
            {t("dashboard.scope.apply")}
          </button>
          <Link href="/" className="text-blue-800 underline">
            {t("dashboard.scope.reset")}
          </Link>
        </div>
      </form>
      <p className="hidden text-sm print:block" data-testid="dash-scope">
        {t("dashboard.scope.current", {
          visit: visitTitle ?? t("dashboard.scope.allVisits"),
          areas,
          side: scope.side ? t(`country.${scope.side}`) : t("dashboard.scope.bothSides"),
        })}
      </p>
    </>
  );
}
