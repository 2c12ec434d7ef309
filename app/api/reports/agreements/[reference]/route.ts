import { z } from "zod";
import { jsonError, withApiUser } from "@/lib/auth/api";
import { loadAgreementSheet } from "@/lib/data/agreement-sheet";
import { PDF_TYPE, downloadHeaders } from "@/lib/reports/download-headers";
import { agreementPdf } from "@/lib/reports/pdf/agreement-pdf";
import { reportTranslator } from "@/lib/reports/translate";
import { readerLocale } from "@/app/_i18n/reader-locale";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ reference: string }> };

/** One page per agreement: its fields, current assessments, milestones and latest history. */
export const GET = withApiUser<Context>("report:export", async (request, user, context) => {
  const params = new URL(request.url).searchParams;
  if (!z.enum(["pdf"]).safeParse(params.get("format") ?? "pdf").success) {
    return jsonError(400, 'format must be "pdf"');
  }
  const { reference } = await context.params;
  // getAgreementByReference checks the reference's shape and length before any query.
  const sheet = await loadAgreementSheet(safeDecode(reference), user, await readerLocale());
  if (!sheet) return jsonError(404, "Agreement not found");
  const t = await reportTranslator();
  return new Response(agreementPdf(sheet, t), { headers: downloadHeaders(PDF_TYPE, `accord-${sheet.reference}.pdf`) });
});

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
