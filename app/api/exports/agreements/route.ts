import { z } from "zod";
import { getLocale } from "next-intl/server";
import { jsonError } from "@/lib/auth/api";
import { withSessionOrToken } from "@/lib/auth/api-v1";
import { agreementExportBatches, countAgreementsForExport } from "@/lib/data/agreement-export";
import { agreementsCsvStream } from "@/lib/reports/agreements-csv";
import { agreementsXlsxStream } from "@/lib/reports/agreements-xlsx";
import { CSV_TYPE, XLSX_TYPE, downloadHeaders, todayStamp } from "@/lib/reports/download-headers";
import { reportTranslator } from "@/lib/reports/translate";
import { parseAgreementQuery } from "@/lib/url-state/agreement-query";
import { MACHINE_HEADER } from "@/lib/domain/agreement-columns";
import { exportHeaderLabels } from "@/lib/i18n/export-headers";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(["csv", "xlsx"]);
/** The header row: column names in the reader's language (people), or the machine names (scripts). */
const headerSchema = z.enum(["labels", "machine"]);

/**
 * The agreements table as a file: the same filters and sort as the page's URL, every matching row
 * (page and size are ignored), streamed in batches. X-Total-Rows lets the browser show progress.
 * A BI tool refreshes it with `Authorization: Bearer <token>` instead of a session.
 */
export const GET = withSessionOrToken("report:export", async (request, user) => {
  const params = new URL(request.url).searchParams;
  const format = formatSchema.safeParse(params.get("format") ?? "csv");
  if (!format.success) return jsonError(400, 'format must be "csv" or "xlsx"');
  const headerStyle = headerSchema.safeParse(params.get("header") ?? "labels");
  if (!headerStyle.success) return jsonError(400, 'header must be "labels" or "machine"');
  const locale = await getLocale();
  const header = headerStyle.data === "machine" ? MACHINE_HEADER : exportHeaderLabels(isLocale(locale) ? locale : DEFAULT_LOCALE);
  const query = parseAgreementQuery(params);
  const now = new Date();
  const total = await countAgreementsForExport(query, now, user);
  const batches = agreementExportBatches(query, { now, viewer: user });
  const filename = `accord-agreements-${todayStamp(now)}.${format.data}`;
  const extra = { "X-Total-Rows": String(total) };
  if (format.data === "csv") {
    return new Response(agreementsCsvStream(batches, { header }), { headers: downloadHeaders(CSV_TYPE, filename, extra) });
  }
  const t = await reportTranslator();
  return new Response(agreementsXlsxStream(batches, { sheetName: t("reports.export.sheetName"), header }), {
    headers: downloadHeaders(XLSX_TYPE, filename, extra),
  });
});
