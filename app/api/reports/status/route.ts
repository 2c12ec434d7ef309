import { z } from "zod";
import { jsonError, withApiUser } from "@/lib/auth/api";
import { loadStatusReport } from "@/lib/data/status-report";
import { PDF_TYPE, downloadHeaders } from "@/lib/reports/download-headers";
import { statusReportPdf } from "@/lib/reports/pdf/status-report-pdf";
import { parseReportParams } from "@/lib/url-state/status-report-params";
import { reportTranslator } from "@/lib/reports/translate";
import { readerLocale } from "@/app/_i18n/reader-locale";

export const dynamic = "force-dynamic";

/** The status report as a PDF, as of a date (from the history), scoped by visit / area / side. */
export const GET = withApiUser("report:export", async (request) => {
  const params = new URL(request.url).searchParams;
  if (!z.enum(["pdf"]).safeParse(params.get("format") ?? "pdf").success) {
    return jsonError(400, 'format must be "pdf"');
  }
  const [report, t] = await Promise.all([loadStatusReport(parseReportParams(params), new Date(), await readerLocale()), reportTranslator()]);
  return new Response(statusReportPdf(report, t), {
    headers: downloadHeaders(PDF_TYPE, `accord-status-report-${report.asOf}.pdf`),
  });
});
