import { getTranslations } from "next-intl/server";
import { PrintButton } from "./print-button";

type Props = {
  asOf: string;
  since: string;
  today: string;
  scope: { visit?: string; area: readonly string[]; side?: string };
  pdfHref: string;
};

/** A plain GET form: the chosen dates live in the URL, so a report link reproduces the report. */
export async function ReportControls({ asOf, since, today, scope, pdfHref }: Props) {
  const t = await getTranslations("reports.status");
  return (
    <div className="no-print flex flex-wrap items-end justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <form method="get" className="flex flex-wrap items-end gap-3" aria-describedby="report-dates-help">
        <label className="flex flex-col text-sm font-medium">
          {t("asOfLabel")}
          <input type="date" name="asOf" defaultValue={asOf} max={today} required className="mt-1 rounded border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t("sinceLabel")}
          <input type="date" name="since" defaultValue={since} max={today} required className="mt-1 rounded border border-slate-300 px-2 py-1" />
        </label>
        {scope.visit ? <input type="hidden" name="visit" value={scope.visit} /> : null}
        {scope.area.length ? <input type="hidden" name="area" value={scope.area.join(",")} /> : null}
        {scope.side ? <input type="hidden" name="side" value={scope.side} /> : null}
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
          {t("show")}
        </button>
        <p id="report-dates-help" className="w-full text-xs text-slate-600">
          {t("datesHelp")}
        </p>
      </form>
      <div className="flex items-center gap-2">
        <a href={pdfHref} className="rounded-md border border-slate-300 px-4 py-1.5 text-sm font-medium hover:bg-slate-50" download>
          {t("downloadPdf")}
        </a>
        <PrintButton label={t("print")} />
      </div>
    </div>
  );
}
