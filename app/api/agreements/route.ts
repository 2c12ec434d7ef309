import { NextResponse } from "next/server";
import { readerLocale } from "@/app/_i18n/reader-locale";
import { withApiUser } from "@/lib/auth/api";
import { listAgreements } from "@/lib/data/agreements";
import { parseAgreementQuery } from "@/lib/url-state/agreement-query";

/** The agreements table as JSON: same filters, sort and paging as the page's URL. */
export const GET = withApiUser("agreement:read", async (request, user) => {
  const query = parseAgreementQuery(new URL(request.url).searchParams);
  return NextResponse.json(await listAgreements(query, new Date(), user, await readerLocale()));
});
