import type { Prisma } from "../generated/prisma/client";
import { agreementSearchColumns } from "../domain/agreement-search-text";
import { organizationNameSelect, shownTitleColumns } from "./content-texts";

// Not server-only: `npm run db:reindex-search` uses it outside the app.

/** What an agreement's copies (search text, shown titles) are made from. */
export const agreementCopySources = {
  reference: true,
  title: true,
  language: true,
  summary: true,
  texts: { select: { locale: true, title: true, summary: true } },
  parties: { select: { organization: { select: organizationNameSelect } } },
} as const satisfies Prisma.AgreementSelect;

/** The agreement's search and shown-title columns, from every language's text and its organizations' names. */
export function agreementCopies(agreement: Prisma.AgreementGetPayload<{ select: typeof agreementCopySources }>) {
  return { ...agreementSearchColumns(agreement, agreement.parties.map((p) => p.organization)), ...shownTitleColumns(agreement) };
}
